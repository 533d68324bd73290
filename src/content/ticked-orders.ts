// On a list where the seller ticks rows: keeps the host's data-selected and data-projected-rate, and
// the banner's lines about the ticked orders, current as boxes are ticked and as the figures change.
import type { Said } from '../core/said';
import { isTickedReply } from '../messages/background-replies';
import { contentRuntime } from '../shared/content-runtime';
import type { PageType } from '../sites/page-type';
import { setHostAttributes, type HostAttributes } from './host';
import { watchTicked, type TickedAnswer, type TickedWatch } from './ticked-rows';

let watch: TickedWatch | undefined;
let current: { host: HTMLElement; facts: HostAttributes; show: (lines: Said[]) => void } | undefined;

async function ask(orderIds: string[]): Promise<TickedAnswer | undefined> {
  const reply = await contentRuntime.send({ type: 'cs/ticked-orders', orderIds }).catch(() => undefined);
  return isTickedReply(reply) ? reply.ticked : undefined;
}

function apply(answer: TickedAnswer): void {
  if (!current) return;
  const { host, facts, show } = current;
  setHostAttributes(host, { ...facts, selected: answer.selected, projectedRate: answer.projectedRatePercent });
  show(answer.lines);
}

/** After each answered reading: follow the ticked rows on a list that has them, stop on any other page. */
export function followTicked(type: PageType, host: HTMLElement, facts: HostAttributes, show: (l: Said[]) => void) {
  if (!type.ticked) {
    watch?.stop();
    watch = current = undefined;
    return;
  }
  const read = type.ticked;
  current = { host, facts, show };
  watch ??= watchTicked(document, () => read(document), ask, apply);
  // The figures may have changed with this reading: ask again even for the same ticked rows.
  watch.check(true);
}

/** A re-render that changed nothing else may have changed the ticks (a page that re-draws its rows). */
export const recheckTicked = (): void => watch?.check();
