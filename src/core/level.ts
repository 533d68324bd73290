// The level the banner shows (ok, near, over) for one metric's figures: `over` once the guarded
// boundary is crossed, `near` when one more counted event would cross it or the figures are within
// the seller's warning margin of it. A level the platform's page states can only make it worse.
import { DEFAULT_GUARD_SETTINGS } from './guard-input';
import { crosses, needsCount, ratePercent, roomBefore, type Counts } from './rate-math';
import { guardedBoundary, ladderOf, type Band, type Ladder } from './rulebooks';
import type { Level } from './types';

/** At or past the guarded band on the ladder. */
function pastGuarded(metric: Ladder, band: Band | undefined): boolean {
  const ladder = ladderOf(metric);
  return band !== undefined && ladder.indexOf(band) >= ladder.indexOf(metric.guarded);
}

export function levelOf(
  metric: Ladder,
  f: Counts,
  margin = DEFAULT_GUARD_SETTINGS.warningMargin,
  stated?: Band,
): Level {
  const g = guardedBoundary(metric);
  if (crosses(g, f) || pastGuarded(metric, stated)) return 'over';
  if (roomBefore(g, f) === 0) return 'near';
  const rateNear = ratePercent(f.counted, f.total) >= g.percent * margin;
  const countNear = !needsCount(g, f.total) || f.uniques >= Math.ceil(g.minCount * margin);
  return rateNear && countNear ? 'near' : 'ok';
}

/** Only a percentage is known (no "N of M"): a count a boundary needs is taken as reached unless the page's level says not. */
export function rateOnlyLevel(metric: Ladder, rate: number, margin: number, stated?: Band): Level {
  const g = guardedBoundary(metric);
  if (pastGuarded(metric, stated)) return 'over';
  const breaksRate = g.comparison === 'below' ? rate >= g.percent : rate > g.percent;
  // A count the page did not show: its own level (eBay's "if we evaluated you today") says it is not reached.
  if (breaksRate) return stated !== undefined && g.minCount !== undefined ? 'near' : 'over';
  return rate >= g.percent * margin ? 'near' : 'ok';
}
