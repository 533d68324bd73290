// "If you cancel every ticked order yourself": the guard's answer for several orders at once (the
// elderly buyer who ordered the same thing three times). Each order is judged as projection.ts
// judges one; the orders that count are added together, exactly, on the platform's own figures.
import type { AskedVia, Rulebook } from './rulebooks';
import { projectCancellation, projectedFigures } from './projection';
import type { GuardResult } from './rate-guard';
import { said, type Said } from './said';
import type { Level, OrderSeen } from './types';

export type TickedOrder = Pick<OrderSeen, 'id' | 'orderedAt' | 'status' | 'fulfilment' | 'cancelRequest'>;

/** One ticked order the seller could cancel, and why it would or would not count. */
export interface OrderRoute {
  orderId: string;
  counts: boolean;
  why: Said;
  ruleId: string;
}

export interface ManyProjection {
  /** Ticked orders the seller could still cancel (not shipped, delivered or cancelled). */
  cancellable: number;
  /** Ticked orders that are past cancelling. */
  pastCancelling: number;
  routes: OrderRoute[];
  /** Present only when at least one cancellation counts and the guard has "N of M". */
  projectedRatePercent?: number;
  projectedLevel?: Level;
  projectedCounted?: number;
  projectedTotal?: number;
}

const PAST_CANCELLING = new Set<OrderSeen['status']>(['shipped', 'delivered', 'cancelled']);

/** Only the platform's own flow is on record; a message is not (the same reading as for one order). */
const askedVia = (order: TickedOrder): AskedVia => (order.cancelRequest?.viaPlatform ? 'platform-request' : 'seller');

export function projectCancellations(guard: GuardResult, book: Rulebook, ticked: TickedOrder[]): ManyProjection {
  const open = ticked.filter((o) => !PAST_CANCELLING.has(o.status));
  const result: ManyProjection = { cancellable: open.length, pastCancelling: ticked.length - open.length, routes: [] };
  let counting = 0;
  let joining = 0;
  for (const order of open) {
    const p = projectCancellation(guard, book, order, { fulfilment: order.fulfilment, askedVia: askedVia(order) });
    result.routes.push({ orderId: order.id, counts: p.counts, why: p.why, ruleId: p.ruleId });
    if (!p.counts) continue;
    counting++;
    // projectCancellation adds an order the figures do not hold yet to the total; so do we, once each.
    if (p.projectedTotal !== undefined && guard.total !== undefined) joining += p.projectedTotal - guard.total;
  }
  if (counting === 0 || !guard.metric || guard.counted === undefined || guard.total === undefined) return result;
  const now = { counted: guard.counted, total: guard.total };
  return { ...result, ...projectedFigures(guard, guard.metric, now, counting, joining).projected };
}

/** At most this many orders are named one by one; the banner stays small. */
export const MAX_NAMED_ORDERS = 4;

/** The banner's lines for the ticked orders: the figures if all are cancelled, then each order's route. */
export function describeTicked(guard: GuardResult, p: ManyProjection): Said[] {
  const counting = p.routes.filter((r) => r.counts).length;
  const lines: Said[] = [];
  if (p.projectedRatePercent !== undefined && guard.ratePercent !== undefined) {
    const figures = { count: counting, from: guard.ratePercent, to: p.projectedRatePercent };
    lines.push(
      p.projectedLevel === 'over'
        ? said('ticked.over', {
            ...figures,
            limit: guard.thresholdPercent!,
            counted: p.projectedCounted!,
            total: p.projectedTotal!,
          })
        : said('ticked.under', { ...figures, limit: guard.thresholdPercent! }),
    );
  } else if (counting > 0) lines.push(said('ticked.no-figure', { count: counting }));
  else if (p.cancellable > 0) lines.push(said('ticked.none-count', { count: p.cancellable }));
  const named = [...p.routes.filter((r) => !r.counts), ...p.routes.filter((r) => r.counts)];
  for (const r of named.slice(0, MAX_NAMED_ORDERS)) lines.push(said('ticked.order', { order: r.orderId, why: r.why }));
  if (named.length > MAX_NAMED_ORDERS) lines.push(said('ticked.more', { count: named.length - MAX_NAMED_ORDERS }));
  if (p.pastCancelling > 0) lines.push(said('ticked.past-cancelling', { count: p.pastCancelling }));
  return lines;
}
