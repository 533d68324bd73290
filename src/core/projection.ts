// "If you cancel this order yourself: 1.92% → 2.56%": the guard's answer for one order.
import { cancellationCounts, type CancellationContext, type CountVerdict } from './cancellation-counting';
import { levelOf, type GuardResult } from './rate-guard';
import { headroom as headroomOf, ratePercent, roundRate } from './rate-math';
import type { Rulebook } from './rulebooks';
import { said, type Said } from './said';
import type { Level } from './types';

export interface Projection extends CountVerdict {
  /** Present only when the cancellation counts and the guard has "N of M". */
  projectedRatePercent?: number;
  projectedLevel?: Level;
  projectedCounted?: number;
  projectedTotal?: number;
}

export interface ProjectedOrder {
  id: string;
  orderedAt?: number;
}

function alreadyInTotal(guard: GuardResult, order: ProjectedOrder): boolean {
  if (guard.knownOrderIds.has(order.id)) return true;
  const readAt = guard.snapshotReadAt;
  return readAt !== undefined && (order.orderedAt === undefined || order.orderedAt <= readAt);
}

export function projectCancellation(
  guard: GuardResult,
  book: Rulebook,
  order: ProjectedOrder,
  ctx: CancellationContext,
): Projection {
  if (!guard.metric) return { counts: false, why: guard.reason ?? said('guard.no-rate'), ruleId: '' };
  const verdict = cancellationCounts(book, guard.metric, ctx);
  if (!verdict.counts || guard.counted === undefined || guard.total === undefined) return verdict;
  const counted = guard.counted + 1;
  // An order not yet inside the figures (placed after the snapshot, never seen) joins the denominator too.
  const total = guard.total + (alreadyInTotal(guard, order) ? 0 : 1);
  return {
    ...verdict,
    projectedRatePercent: roundRate(ratePercent(counted, total)),
    projectedLevel: levelOf(counted, total, guard.metric),
    projectedCounted: counted,
    projectedTotal: total,
  };
}

/** The seller-facing one-liner: "1.92% → 2.56% (over 2.5% at 4 of 156)". */
export function describeProjection(guard: GuardResult, p: Projection): Said {
  if (!p.counts || p.projectedRatePercent === undefined || guard.ratePercent === undefined) return p.why;
  const figures = { from: guard.ratePercent, to: p.projectedRatePercent, limit: guard.thresholdPercent! };
  return p.projectedLevel === 'over'
    ? said('projection.over', { ...figures, counted: p.projectedCounted!, total: p.projectedTotal! })
    : said('projection.under', figures);
}

/** How many more seller cancellations fit, and what one weighs in a small shop. */
export function headroomLines(guard: GuardResult): Said[] {
  if (guard.counted === undefined || guard.total === undefined || !guard.metric) return [];
  const left = headroomOf(guard.counted, guard.total, guard.metric.thresholdPercent, guard.metric.comparison);
  const limit = guard.thresholdPercent!;
  const lines = [left === 0 ? said('guard.headroom-none', { limit }) : said('guard.headroom', { left, limit })];
  if (guard.smallShop) lines.push(said('guard.small-shop', { total: guard.total, one: guard.oneCancellationPercent! }));
  return lines;
}
