// The orders the seller ticks in a list, for the banner to say what cancelling them all would do.
// Ticking is read from the boxes on each `change` (no re-read of the page), and the background is
// asked only when the ticked set changed: it knows the orders, the figures and the rules.
import type { Said } from '../core/said';

export interface TickedAnswer {
  /** How many ticked orders the seller could still cancel (`data-selected`). */
  selected: number;
  /** The rate if all of them are cancelled, when at least one would count (`data-projected-rate`). */
  projectedRatePercent?: number;
  lines: Said[];
}

const NONE: TickedAnswer = { selected: 0, lines: [] };

export interface TickedWatch {
  /** Reads the boxes again; asks the background only if the ticked orders changed, or when `again`. */
  check(again?: boolean): void;
  stop(): void;
}

export function watchTicked(
  doc: Document,
  read: () => string[],
  ask: (orderIds: string[]) => Promise<TickedAnswer | undefined>,
  show: (answer: TickedAnswer) => void,
): TickedWatch {
  let last: string | undefined;
  let asked = 0;
  const check = (again = false) => {
    const ids = read();
    const key = ids.join(' ');
    if (key === last && !again) return;
    last = key;
    const turn = ++asked;
    if (ids.length === 0) return show(NONE);
    void ask(ids).then((answer) => {
      // A later tick overtook this answer: it would show the wrong orders.
      if (turn === asked && answer) show(answer);
    });
  };
  // The page's own handlers (a "select all" box ticking every row) run first: read once they have.
  const onChange = (event: Event) => {
    if ((event.target as Element | null)?.matches?.('input[type="checkbox"]')) setTimeout(() => check(), 0);
  };
  doc.addEventListener('change', onChange, true);
  return { check, stop: () => doc.removeEventListener('change', onChange, true) };
}
