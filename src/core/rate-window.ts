// The guard's figures over one window: the platform's own figure where it covers that window, plus
// what the extension saw after it was read; `unknown` (with the reason) when that is too little.
import { checkSnapshot, DEFAULT_GUARD_SETTINGS, isTime, type GuardInput, type GuardSnapshot } from './guard-input';
import { levelOf, rateOnlyLevel } from './level';
import { crosses, ratePercent, roundRate } from './rate-math';
import { guardedBoundary, type Ladder, type RateMetric } from './rulebooks';
import { metricNameOf } from './platform-words';
import { said } from './said';
import { rateOnlyStanding, standingOf, statedBand } from './standing';
import type { WindowFigures, Windows } from './window-figures';

const DAY = 86_400_000;

/**
 * Without the platform's own figure, the orders the seller happened to open are all we know: below
 * this many in the window the estimate would swing by whole percent points, so we say `unknown`.
 */
export const MIN_OBSERVED_ORDERS = 20;

export type { WindowFigures, Windows } from './window-figures';

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Whether the platform's figure is the one for this window. A figure that names another of the
 * windows the guard computes (India's 30 days beside 7) belongs to that one; any other figure is
 * taken to be the platform's main window, as its page implies.
 */
function coversWindow(snapshot: GuardSnapshot, days: number, windows: Windows): boolean {
  const named = snapshot.windowDays;
  if (named !== undefined && windows.all.includes(named)) return named === days;
  return days === windows.main;
}

/**
 * Counted events from different buyers: the page's count where it gives one, plus the buyers seen
 * since; a buyer we cannot tell apart is taken as a new one (the worst case for eBay's count).
 */
function uniquesOf(fresh: GuardSnapshot | undefined, buyersSeen: number, someUnknown: boolean) {
  const pageUnknown = fresh?.uniqueBuyers === undefined && (fresh?.counted ?? 0) > 0;
  return {
    uniques: (fresh?.uniqueBuyers ?? fresh?.counted ?? 0) + buyersSeen,
    assumed: pageUnknown || someUnknown,
  };
}

export function figuresFor<M extends Ladder | RateMetric>(
  input: GuardInput,
  metric: M,
  windows: Windows,
  snapshot: GuardSnapshot | undefined = input.snapshot,
): WindowFigures<M> {
  const windowStart = input.now - metric.windowDays * DAY;
  if (snapshot) checkSnapshot(snapshot, input.now);
  const fresh =
    snapshot && snapshot.readAt >= windowStart && coversWindow(snapshot, metric.windowDays, windows)
      ? snapshot
      : undefined;
  const since = fresh ? fresh.readAt : windowStart;
  // Only the guarded metric is seen on order pages; the others come from the platform's figure alone.
  const observe = 'countRules' in metric;
  const counts = (f: string) => !(observe && metric.excludesPlatformFulfilled && f === 'platform');

  const known = new Set<string>();
  const countedIds = new Set<string>();
  const buyers = new Set<string>();
  let someBuyerUnknown = false;
  let oldestCounted = Infinity;
  for (const order of observe ? input.orders : []) {
    if (
      order.orderedAt !== undefined &&
      order.orderedAt > since &&
      order.orderedAt <= input.now &&
      counts(order.fulfilment)
    )
      known.add(order.id);
  }
  for (const c of observe ? input.cancellations : []) {
    if (!c.counted || !isTime(c.cancelledAt) || c.cancelledAt <= since) continue;
    countedIds.add(c.orderId);
    buyers.add(c.buyer === undefined ? `order:${c.orderId}` : `buyer:${c.buyer}`);
    someBuyerUnknown ||= c.buyer === undefined;
    // A cancelled order we never saw in a list still belongs in the denominator.
    if (c.orderedAt === undefined || c.orderedAt > since) known.add(c.orderId);
    oldestCounted = Math.min(oldestCounted, c.orderedAt ?? c.cancelledAt);
  }
  const guarded = guardedBoundary(metric);
  const margin = input.settings?.warningMargin ?? DEFAULT_GUARD_SETTINGS.warningMargin;
  const base = { metric, thresholdPercent: guarded.percent, windowDays: metric.windowDays };

  if (fresh && fresh.total === undefined) {
    const rate = fresh.ratePercent;
    const stated = statedBand(metric, fresh.level);
    return {
      ...base,
      level: rateOnlyLevel(metric, rate, margin, stated),
      ratePercent: roundRate(rate),
      standing: rateOnlyStanding(metric, rate, fresh.level),
      basis: 'platform',
      reason: said('guard.rate-only'),
      knownOrderIds: EMPTY,
    };
  }
  const counted = (fresh?.counted ?? 0) + countedIds.size;
  const total = (fresh?.total ?? 0) + known.size;
  if (total === 0 || (!fresh && total < MIN_OBSERVED_ORDERS)) {
    const metricName = metricNameOf(metric, true);
    return {
      ...base,
      level: 'unknown',
      reason:
        total === 0
          ? said('guard.no-figure', { metric: metricName })
          : said('guard.few-orders', { metric: metricName, seen: total, days: metric.windowDays }),
      knownOrderIds: EMPTY,
    };
  }
  const byBuyer = uniquesOf(fresh, buyers.size, someBuyerUnknown);
  const uniques = metric.countsUniqueBuyers ? byBuyer.uniques : counted;
  const f = { counted, total, uniques };
  const standing = standingOf(metric, f, fresh?.level);
  return {
    ...base,
    level: levelOf(metric, f, margin, statedBand(metric, fresh?.level)),
    ratePercent: roundRate(ratePercent(counted, total)),
    counted,
    total,
    uniques,
    uniquesAssumed: metric.countsUniqueBuyers === true && counted > 0 && byBuyer.assumed,
    standing,
    basis: fresh ? (countedIds.size + known.size > 0 ? 'platform+observed' : 'platform') : 'observed',
    headroom: standing.guardedRoom,
    oneCancellationPercent: roundRate(ratePercent(1, total)),
    nextReliefAt: Number.isFinite(oldestCounted) ? oldestCounted + metric.windowDays * DAY : undefined,
    smallShop: crosses(guarded, { counted: 1, total, uniques: 1 }),
    snapshotReadAt: fresh?.readAt,
    knownOrderIds: known,
  };
}
