// "Cancel the ticked orders yourself: 1.20% → 2.40%": the guard's answer for the rows a seller ticked
// on a list for a bulk action (eBay's Manage orders). Each order is weighed exactly as the one-order
// projection weighs it (whether it counts, whether it is already inside the figures), then summed.
import { projectCancellation } from './projection';
import { levelOf } from './level';
import type { GuardResult } from './rate-guard';
import { ratePercent, roundRate, type Counts } from './rate-math';
import type { Rulebook } from './rulebooks';
import { said, type Said } from './said';
import type { Level, OrderSeen } from './types';

export interface TickedProjection {
  /** Ticked orders the seller could still cancel (neither shipped, delivered nor cancelled). */
  cancellable: number;
  /** Of those, the ones whose cancellation would count against the rate. */
  counting: number;
  /** Present only when some would count and the guard has "N of M". */
  projectedRatePercent?: number;
  projectedLevel?: Level;
  line: Said;
}

const DONE = new Set(['shipped', 'delivered', 'cancelled']);

/** `missing`: ticked orders the store has not read; with any, nothing is projected (never a guess). */
export function projectTicked(
  guard: GuardResult,
  book: Rulebook,
  orders: readonly OrderSeen[],
  missing = 0,
): TickedProjection {
  const open = orders.filter((o) => !DONE.has(o.status));
  const count = open.length + missing;
  if (missing > 0) return { cancellable: count, counting: 0, line: said('projection.ticked-unread', { count }) };
  let counting = 0;
  let added = 0;
  for (const order of open) {
    const askedVia = order.cancelRequest?.viaPlatform ? 'platform-request' : 'seller';
    const p = projectCancellation(guard, book, order, { fulfilment: order.fulfilment, askedVia });
    if (!p.counts) continue;
    counting += 1;
    if (p.projectedTotal !== undefined && guard.total !== undefined) added += p.projectedTotal - guard.total;
  }
  if (counting === 0) return { cancellable: count, counting, line: said('projection.ticked-free', { count }) };
  if (!guard.metric || guard.counted === undefined || guard.total === undefined || guard.ratePercent === undefined)
    return { cancellable: count, counting, line: said('projection.ticked-no-figure', { count, counting }) };
  // Each buyer taken as a new one, as the one-order projection does: the worst case for a count of buyers.
  const f: Counts = {
    counted: guard.counted + counting,
    total: guard.total + added,
    uniques: (guard.uniques ?? guard.counted) + counting,
  };
  const { counted, total } = f;
  const to = roundRate(ratePercent(counted, total));
  const stated = guard.standing?.stated ? guard.standing.band : undefined;
  const projectedLevel = levelOf(guard.metric, f, undefined, stated);
  const figures = { count, counting, from: guard.ratePercent, to, limit: guard.thresholdPercent! };
  return {
    cancellable: count,
    counting,
    projectedRatePercent: to,
    projectedLevel,
    line:
      projectedLevel === 'over'
        ? said('projection.ticked-over', { ...figures, counted, total })
        : said('projection.ticked-under', figures),
  };
}
