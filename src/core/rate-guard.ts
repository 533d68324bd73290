// The cancellation-rate guard (design.md §2): where the seller stands, and what one more
// cancellation would do. Starts from the platform's own figure where there is one, then adds
// what the extension saw after it was read; never counts an order twice. Where the platform
// measures several windows (Amazon India: 7 and 30 days), each is computed and the worse is shown.
import {
  checkSettings,
  DEFAULT_GUARD_SETTINGS,
  GuardInputError,
  isPlatform,
  isTime,
  type GuardInput,
} from './guard-input';
import { figuresFor, type WindowFigures } from './rate-window';
import { marketplaceRules, rulebookFor, type MarketplaceRules, type RateMetric } from './rulebooks';
import { said, type Said } from './said';
import type { Level } from './types';

const DAY = 86_400_000;

export { levelOf, MIN_OBSERVED_ORDERS } from './rate-window';

export interface GuardResult extends WindowFigures {
  /** When the figures were computed. */
  at: number;
  /** Other windows the platform measures, with their figures (the worse one is the result itself). */
  otherWindows?: { windowDays: number; level: Level; ratePercent?: number }[];
  /**
   * Listing-level risk of consecutive seller cancellations (EU Amazon): the rule, and how many
   * counted cancellations the extension saw within its days.
   */
  consecutive?: { count: number; withinDays: number; ruleId: string; recent: number };
}

const EMPTY: ReadonlySet<string> = new Set();

function unknown(reason: Said, at: number, metric?: RateMetric): GuardResult {
  return {
    level: 'unknown',
    reason,
    metric,
    thresholdPercent: metric?.thresholdPercent,
    windowDays: metric?.windowDays,
    knownOrderIds: EMPTY,
    at,
  };
}

const cannot = (error: GuardInputError) => said('guard.cannot-compute', { why: error.said });

function marketOf(input: GuardInput): MarketplaceRules {
  if (!isPlatform(input.platform)) throw new GuardInputError('unknown-platform', { platform: input.platform });
  return marketplaceRules(rulebookFor(input.platform), input.marketplace);
}

function effectiveMetric(input: GuardInput, metric: RateMetric): RateMetric {
  const settings = { ...DEFAULT_GUARD_SETTINGS, ...input.settings };
  checkSettings(settings);
  const thresholdPercent = settings.thresholdPercent ?? metric.thresholdPercent;
  // A window the seller set is the one they want guarded, stated by themselves.
  if (settings.windowDays === undefined) return { ...metric, thresholdPercent };
  const { alsoWindowDays: _also, windowByVolume: _byVolume, ...rest } = metric;
  return { ...rest, thresholdPercent, windowDays: settings.windowDays, windowVerified: true };
}

const SEVERITY: Record<Level, number> = { over: 3, near: 2, ok: 1, unknown: 0, none: 0 };

/** The worse of two windows' figures: a higher level, then a higher rate; a window without figures never wins. */
function worse(a: WindowFigures, b: WindowFigures): WindowFigures {
  const d = SEVERITY[b.level] - SEVERITY[a.level];
  if (d !== 0) return d > 0 ? b : a;
  return (b.ratePercent ?? -1) > (a.ratePercent ?? -1) ? b : a;
}

function consecutiveRisk(input: GuardInput, market: MarketplaceRules): GuardResult['consecutive'] {
  const risk = market.consecutiveCancellationRisk;
  if (!risk) return undefined;
  const since = input.now - risk.withinDays * DAY;
  const recent = new Set(
    input.cancellations
      .filter((c) => c.counted && isTime(c.cancelledAt) && c.cancelledAt > since)
      .map((c) => c.orderId),
  ).size;
  return { ...risk, recent };
}

/** Too few orders for the short window (eBay: under 400 in 3 months): the platform measures the long one. */
function byVolume(input: GuardInput, metric: RateMetric, main: WindowFigures): WindowFigures {
  const rule = metric.windowByVolume;
  if (!rule || main.total === undefined || main.total >= rule.minOrders) return main;
  const long = rule.otherwiseDays;
  return figuresFor(input, { ...metric, windowDays: long }, { main: long, all: [long] });
}

/** The guard's figures; bad input gives `unknown` with the reason, never a wrong number. */
export function guardRate(input: GuardInput): GuardResult {
  let market: MarketplaceRules;
  let metric: RateMetric;
  const at = input.now;
  try {
    if (!isTime(input.now)) throw new GuardInputError('no-time');
    market = marketOf(input);
    if (market.cancellation.kind === 'none') {
      return { level: 'none', reason: market.cancellation.reason, knownOrderIds: EMPTY, at };
    }
    metric = effectiveMetric(input, market.cancellation);
  } catch (error) {
    if (error instanceof GuardInputError) return unknown(cannot(error), at);
    throw error;
  }
  try {
    const windows = { main: metric.windowDays, all: [metric.windowDays, ...(metric.alsoWindowDays ?? [])] };
    const all = windows.all.map((days) => figuresFor(input, { ...metric, windowDays: days }, windows));
    all[0] = byVolume(input, metric, all[0]!);
    const shown = all.reduce(worse);
    const others = all.filter((f) => f !== shown);
    return {
      ...shown,
      at,
      otherWindows: others.length
        ? others.map((f) => ({ windowDays: f.windowDays!, level: f.level, ratePercent: f.ratePercent }))
        : undefined,
      consecutive: consecutiveRisk(input, market),
    };
  } catch (error) {
    if (error instanceof GuardInputError) return unknown(cannot(error), at, metric);
    throw error;
  }
}
