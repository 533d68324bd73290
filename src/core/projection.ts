// "If you cancel this order yourself: 1.92% → 2.56%": the guard's answer for one order, with the
// band it would land in where the platform has a ladder (Top Rated → Above Standard).
import { cancellationCounts, type CancellationContext, type CountVerdict } from './cancellation-counting';
import { levelOf } from './level';
import type { GuardResult } from './rate-guard';
import { crosses, ratePercent, roundRate, type Counts } from './rate-math';
import type { Band, RateMetric, Rulebook } from './rulebooks';
import { said, type Said } from './said';
import type { Level } from './types';

export interface Projection extends CountVerdict {
  /** Present only when the cancellation counts and the guard has "N of M". */
  projectedRatePercent?: number;
  projectedLevel?: Level;
  projectedCounted?: number;
  projectedTotal?: number;
  /** The band it would cross into, where that differs from the seller's band now. */
  projectedBand?: Band;
}

export interface ProjectedOrder {
  id: string;
  orderedAt?: number;
  /** The platform's own per-sale word: false when its page says this sale does not count. */
  affectsReputation?: boolean;
}

function alreadyInTotal(guard: GuardResult, order: ProjectedOrder): boolean {
  if (guard.knownOrderIds.has(order.id)) return true;
  const readAt = guard.snapshotReadAt;
  return readAt !== undefined && (order.orderedAt === undefined || order.orderedAt <= readAt);
}

type ProjectedFigures = Required<
  Pick<Projection, 'projectedRatePercent' | 'projectedLevel' | 'projectedCounted' | 'projectedTotal'>
>;

/**
 * The guard's figures with `counting` more cancellations and `joining` more orders in the total.
 * Each buyer is taken as a new one: the worst case for a count of different buyers.
 */
export function projectedFigures(
  guard: GuardResult,
  metric: RateMetric,
  now: { counted: number; total: number },
  counting: number,
  joining: number,
): { figures: Counts; projected: ProjectedFigures } {
  const figures: Counts = {
    counted: now.counted + counting,
    total: now.total + joining,
    uniques: (guard.uniques ?? now.counted) + counting,
  };
  const stated = guard.standing?.stated ? guard.standing.band : undefined;
  return {
    figures,
    projected: {
      projectedRatePercent: roundRate(ratePercent(figures.counted, figures.total)),
      projectedLevel: levelOf(metric, figures, undefined, stated),
      projectedCounted: figures.counted,
      projectedTotal: figures.total,
    },
  };
}

export function projectCancellation(
  guard: GuardResult,
  book: Rulebook,
  order: ProjectedOrder,
  ctx: CancellationContext,
): Projection {
  if (!guard.metric) return { counts: false, why: guard.reason ?? said('guard.no-rate'), ruleId: '' };
  const verdict = cancellationCounts(book, guard.metric, {
    ...ctx,
    platformSaysNotCounted: ctx.platformSaysNotCounted ?? order.affectsReputation === false,
  });
  if (!verdict.counts || guard.counted === undefined || guard.total === undefined) return verdict;
  // An order not yet inside the figures (placed after the snapshot, never seen) joins the denominator too.
  // The buyer is taken as a new one: the worst case for a count of different buyers.
  const { figures: f, projected } = projectedFigures(
    guard,
    guard.metric,
    { counted: guard.counted, total: guard.total },
    1,
    alreadyInTotal(guard, order) ? 0 : 1,
  );
  const next = guard.standing?.next;
  return {
    ...verdict,
    ...projected,
    projectedBand: next && crosses(next.boundary, f) ? next.boundary.band : undefined,
  };
}

/** The seller-facing one-liner: "1.92% → 2.56% (over 2.5% at 4 of 156)". */
export function describeProjection(guard: GuardResult, p: Projection): Said {
  if (!p.counts || p.projectedRatePercent === undefined || guard.ratePercent === undefined) return p.why;
  const figures = { from: guard.ratePercent, to: p.projectedRatePercent, limit: guard.thresholdPercent! };
  if (p.projectedBand && guard.standing && p.projectedBand !== guard.metric?.guarded)
    return said('projection.band', { from: figures.from, to: figures.to, band: said(`band.${p.projectedBand}`) });
  return p.projectedLevel === 'over'
    ? said('projection.over', { ...figures, counted: p.projectedCounted!, total: p.projectedTotal! })
    : said('projection.under', figures);
}
