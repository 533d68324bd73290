// A status cell's lines (list row or order page) read together: one state (else `unknown`), the
// ship-by deadline or the delivery date as written, and whether the buyer asked to cancel. Each line means what status-words.ts says it means.
import type { OrderStatus } from '../../core/types';
import { statusLine } from './status-words';

export interface StatusReading {
  status: OrderStatus;
  /** The "Ship by" date as written, when the line says one. */
  shipBy?: string;
  overdue: boolean;
  cancelRequested: boolean;
  /** "Delivered on Nov 20": the date as written, when one line says one. */
  deliveredOn?: string;
}

/** A status cell's lines: one state (else `unknown`), the deadline or delivery date, what is open. */
export function readStatusLines(lines: string[]): StatusReading {
  const said = lines.map(statusLine).filter((s) => s !== undefined);
  const implied = { 'ship-by': 'unshipped', 'delivered-on': 'delivered' } as const;
  const states = new Set(
    said.flatMap((s) =>
      s.kind === 'status' ? [s.status] : s.kind === 'ship-by' || s.kind === 'delivered-on' ? [implied[s.kind]] : [],
    ),
  );
  const datesOf = (kind: 'ship-by' | 'delivered-on') => new Set(said.flatMap((s) => (s.kind === kind ? [s.date] : [])));
  const [dates, delivered] = [datesOf('ship-by'), datesOf('delivered-on')];
  // "Shipped" above "Delivered on …" is one order's history: a delivered order was shipped.
  if (states.size === 2 && states.has('shipped') && states.has('delivered')) states.delete('shipped');
  return {
    status: states.size === 1 ? [...states][0]! : 'unknown',
    shipBy: dates.size === 1 ? [...dates][0] : undefined,
    deliveredOn: delivered.size === 1 ? [...delivered][0] : undefined,
    overdue: said.some((s) => s.kind === 'status' && s.overdue === true),
    cancelRequested: said.some((s) => s.kind === 'cancel-requested'),
  };
}
