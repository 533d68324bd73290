// The guard's figures over one window: the platform's own figure where it covers that window, plus
// what the extension saw after it was read; `unknown` (with the reason) when that is too little.
import { checkSnapshot, DEFAULT_GUARD_SETTINGS, isTime, type GuardInput } from './guard-input';
import { breaks, headroom, ratePercent, roundRate } from './rate-math';
import type { RateMetric } from './rulebooks';
import { metricNameOf } from './platform-words';
import { said, type Said } from './said';
import type { Level, MetricSnapshot } from './types';

const DAY = 86_400_000;

/**
 * Without the platform's own figure, the orders the seller happened to open are all we know: below
 * this many in the window the estimate would swing by whole percent points, so we say `unknown`.
 */
export const MIN_OBSERVED_ORDERS = 20;

export interface WindowFigures {
  level: Level;
  /** Why the level is `unknown` or `none`, or what the figures lack. */
  reason?: Said;
  metric?: RateMetric;
  thresholdPercent?: number;
  windowDays?: number;
  ratePercent?: number;
  counted?: number;
  total?: number;
  basis?: 'platform' | 'platform+observed' | 'observed';
  headroom?: number;
  /** What one counted cancellation adds, in percent: 3.33 with 30 orders. */
  oneCancellationPercent?: number;
  /** When the oldest counted cancellation we know of leaves the window. */
  nextReliefAt?: number;
  /** Set when a single cancellation alone breaks the threshold. */
  smallShop?: boolean;
  /** When the platform figure was read: orders placed before it are inside its total. */
  snapshotReadAt?: number;
  /** Ids of the orders the extension added to the denominator, for projections. */
  knownOrderIds: ReadonlySet<string>;
}

const EMPTY: ReadonlySet<string> = new Set();

/**
 * Whether the platform's figure is the one for this window. A figure that names another of the
 * windows the guard computes (India's 30 days beside 7) belongs to that one; any other figure is
 * taken to be the platform's main window, as its page implies.
 */
function coversWindow(snapshot: MetricSnapshot, days: number, windows: Windows): boolean {
  const named = snapshot.windowDays;
  if (named !== undefined && windows.all.includes(named)) return named === days;
  return days === windows.main;
}

/** The windows the guard computes for a metric: the main one first. */
export interface Windows {
  main: number;
  all: number[];
}

export function figuresFor(input: GuardInput, metric: RateMetric, windows: Windows): WindowFigures {
  const windowStart = input.now - metric.windowDays * DAY;
  const snapshot = input.snapshot;
  if (snapshot) checkSnapshot(snapshot, input.now);
  const fresh =
    snapshot && snapshot.readAt >= windowStart && coversWindow(snapshot, metric.windowDays, windows)
      ? snapshot
      : undefined;
  const since = fresh ? fresh.readAt : windowStart;
  const counts = (f: string) => !(metric.excludesPlatformFulfilled && f === 'platform');

  const known = new Set<string>();
  for (const order of input.orders) {
    if (
      order.orderedAt !== undefined &&
      order.orderedAt > since &&
      order.orderedAt <= input.now &&
      counts(order.fulfilment)
    )
      known.add(order.id);
  }
  const countedIds = new Set<string>();
  let oldestCounted = Infinity;
  for (const c of input.cancellations) {
    if (!c.counted || !isTime(c.cancelledAt) || c.cancelledAt <= since) continue;
    countedIds.add(c.orderId);
    // A cancelled order we never saw in a list still belongs in the denominator.
    if (c.orderedAt === undefined || c.orderedAt > since) known.add(c.orderId);
    oldestCounted = Math.min(oldestCounted, c.orderedAt ?? c.cancelledAt);
  }

  if (fresh && fresh.total === undefined) return rateOnly(fresh.ratePercent, metric, input);
  const counted = (fresh?.counted ?? 0) + countedIds.size;
  const total = (fresh?.total ?? 0) + known.size;
  if (total === 0 || (!fresh && total < MIN_OBSERVED_ORDERS)) {
    const metricName = metricNameOf(metric, true);
    return {
      level: 'unknown',
      reason:
        total === 0
          ? said('guard.no-figure', { metric: metricName })
          : said('guard.few-orders', { metric: metricName, seen: total, days: metric.windowDays }),
      metric,
      thresholdPercent: metric.thresholdPercent,
      windowDays: metric.windowDays,
      knownOrderIds: EMPTY,
    };
  }
  const rate = ratePercent(counted, total);
  return {
    level: levelOf(counted, total, metric, input.settings?.warningMargin),
    metric,
    thresholdPercent: metric.thresholdPercent,
    windowDays: metric.windowDays,
    ratePercent: roundRate(rate),
    counted,
    total,
    basis: fresh ? (countedIds.size + known.size > 0 ? 'platform+observed' : 'platform') : 'observed',
    headroom: headroom(counted, total, metric.thresholdPercent, metric.comparison),
    oneCancellationPercent: roundRate(ratePercent(1, total)),
    nextReliefAt: Number.isFinite(oldestCounted) ? oldestCounted + metric.windowDays * DAY : undefined,
    smallShop: breaks(1, total, metric.thresholdPercent, metric.comparison),
    snapshotReadAt: fresh?.readAt,
    knownOrderIds: known,
  };
}

export function levelOf(
  counted: number,
  total: number,
  metric: RateMetric,
  margin = DEFAULT_GUARD_SETTINGS.warningMargin,
): Level {
  if (breaks(counted, total, metric.thresholdPercent, metric.comparison)) return 'over';
  const oneMoreBreaks = breaks(counted + 1, total, metric.thresholdPercent, metric.comparison);
  const withinMargin = ratePercent(counted, total) >= metric.thresholdPercent * margin;
  return oneMoreBreaks || withinMargin ? 'near' : 'ok';
}

/** Only a percentage is known (no "N of M"): a level, but no headroom or projection. */
function rateOnly(rate: number, metric: RateMetric, input: GuardInput): WindowFigures {
  const margin = input.settings?.warningMargin ?? DEFAULT_GUARD_SETTINGS.warningMargin;
  const over = metric.comparison === 'below' ? rate >= metric.thresholdPercent : rate > metric.thresholdPercent;
  return {
    level: over ? 'over' : rate >= metric.thresholdPercent * margin ? 'near' : 'ok',
    metric,
    thresholdPercent: metric.thresholdPercent,
    windowDays: metric.windowDays,
    ratePercent: roundRate(rate),
    basis: 'platform',
    reason: said('guard.rate-only'),
    knownOrderIds: EMPTY,
  };
}
