// The cancellation-rate guard (design.md §2): where the seller stands, and what one more
// cancellation would do. Starts from the platform's own figure where there is one, then adds
// what the extension saw after it was read; never counts an order twice.
import {
  checkSettings,
  checkSnapshot,
  DEFAULT_GUARD_SETTINGS,
  GuardInputError,
  isPlatform,
  isTime,
  type GuardInput,
} from './guard-input';
import { breaks, headroom, ratePercent, roundRate } from './rate-math';
import { marketplaceRules, rulebookFor, type RateMetric } from './rulebooks';
import type { Level } from './types';

const DAY = 86_400_000;

/**
 * Without the platform's own figure, the orders the seller happened to open are all we know: below
 * this many in the window the estimate would swing by whole percent points, so we say `unknown`.
 */
export const MIN_OBSERVED_ORDERS = 20;

export interface GuardResult {
  level: Level;
  /** Why the level is `unknown` or `none`, in words for the seller. */
  reason?: string;
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

export function unknown(reason: string, metric?: RateMetric): GuardResult {
  return {
    level: 'unknown',
    reason,
    metric,
    thresholdPercent: metric?.thresholdPercent,
    windowDays: metric?.windowDays,
    knownOrderIds: EMPTY,
  };
}

function effectiveMetric(input: GuardInput): RateMetric | string {
  if (!isPlatform(input.platform)) throw new GuardInputError(`unknown platform ${input.platform}`);
  const metric = marketplaceRules(rulebookFor(input.platform), input.marketplace).cancellation;
  if (metric.kind === 'none') return metric.reason;
  const settings = { ...DEFAULT_GUARD_SETTINGS, ...input.settings };
  checkSettings(settings);
  return {
    ...metric,
    thresholdPercent: settings.thresholdPercent ?? metric.thresholdPercent,
    windowDays: settings.windowDays ?? metric.windowDays,
  };
}

/** The guard's figures; bad input gives `unknown` with the reason, never a wrong number. */
export function guardRate(input: GuardInput): GuardResult {
  let metric: RateMetric | string;
  try {
    if (!isTime(input.now)) throw new GuardInputError('no valid current time');
    metric = effectiveMetric(input);
  } catch (error) {
    if (error instanceof GuardInputError) return unknown(`Can't compute the rate: ${error.message}.`);
    throw error;
  }
  if (typeof metric === 'string') return { level: 'none', reason: metric, knownOrderIds: EMPTY };
  try {
    return computeFigures(input, metric);
  } catch (error) {
    if (error instanceof GuardInputError) return unknown(`Can't compute the rate: ${error.message}.`, metric);
    throw error;
  }
}

function computeFigures(input: GuardInput, metric: RateMetric): GuardResult {
  const windowStart = input.now - metric.windowDays * DAY;
  const snapshot = input.snapshot;
  if (snapshot) checkSnapshot(snapshot, input.now);
  const freshSnapshot = snapshot && snapshot.readAt >= windowStart ? snapshot : undefined;
  const since = freshSnapshot ? freshSnapshot.readAt : windowStart;
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

  if (freshSnapshot && freshSnapshot.total === undefined) {
    return rateOnlyResult(freshSnapshot.ratePercent, metric, input);
  }
  const counted = (freshSnapshot?.counted ?? 0) + countedIds.size;
  const total = (freshSnapshot?.total ?? 0) + known.size;
  if (total === 0 || (!freshSnapshot && total < MIN_OBSERVED_ORDERS)) {
    const seen =
      total === 0 ? '' : ` (only ${total} order${total === 1 ? '' : 's'} of the last ${metric.windowDays} days seen)`;
    return unknown(
      `No ${metric.name.toLowerCase()} figure yet${seen}: open the account health page so Seller Guard can read the platform's own figure.`,
      metric,
    );
  }
  const rate = ratePercent(counted, total);
  const one = ratePercent(1, total);
  return {
    level: levelOf(counted, total, metric, input.settings?.warningMargin),
    metric,
    thresholdPercent: metric.thresholdPercent,
    windowDays: metric.windowDays,
    ratePercent: roundRate(rate),
    counted,
    total,
    basis: freshSnapshot ? (countedIds.size + known.size > 0 ? 'platform+observed' : 'platform') : 'observed',
    headroom: headroom(counted, total, metric.thresholdPercent, metric.comparison),
    oneCancellationPercent: roundRate(one),
    nextReliefAt: Number.isFinite(oldestCounted) ? oldestCounted + metric.windowDays * DAY : undefined,
    smallShop: breaks(1, total, metric.thresholdPercent, metric.comparison),
    snapshotReadAt: freshSnapshot?.readAt,
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
function rateOnlyResult(rate: number, metric: RateMetric, input: GuardInput): GuardResult {
  const margin = input.settings?.warningMargin ?? DEFAULT_GUARD_SETTINGS.warningMargin;
  const over = metric.comparison === 'below' ? rate >= metric.thresholdPercent : rate > metric.thresholdPercent;
  return {
    level: over ? 'over' : rate >= metric.thresholdPercent * margin ? 'near' : 'ok',
    metric,
    thresholdPercent: metric.thresholdPercent,
    windowDays: metric.windowDays,
    ratePercent: roundRate(rate),
    basis: 'platform',
    reason: 'The platform showed the rate without its order counts, so projections are not possible.',
    knownOrderIds: EMPTY,
  };
}
