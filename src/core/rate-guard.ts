// The cancellation guard (design.md §2): where the seller stands, and what one more cancellation
// would do. Starts from the platform's own figure where there is one, then adds what the extension
// saw after it was read; never counts an order twice. Where the platform measures several windows
// (Amazon India: 7 and 30 days), each is computed and the worse is shown; where the window depends
// on volume (eBay, Mercado Libre), the one the platform would use is picked.
import { alsoGuarded, byVolume, consecutiveRisk, evaluationOf, newSellerOf, type Evaluation } from './guard-extras';
import {
  checkSettings,
  DEFAULT_GUARD_SETTINGS,
  GuardInputError,
  isPlatform,
  isTime,
  type GuardInput,
} from './guard-input';
import { figuresFor, type WindowFigures } from './rate-window';
import { marketplaceRules, rulebookFor, withGuardedPercent, type MarketplaceRules, type RateMetric } from './rulebooks';
import { said, type Said } from './said';
import type { Level } from './types';

export { levelOf } from './level';
export { MIN_OBSERVED_ORDERS } from './rate-window';

export interface GuardResult extends WindowFigures<RateMetric>, Evaluation {
  /** When the figures were computed. */
  at: number;
  /** The marketplace they are for (its rules may be another region's: the banner says so). */
  marketplace?: string;
  /** Other windows the platform measures, with their figures (the worse one is the result itself). */
  otherWindows?: { windowDays: number; level: Level; ratePercent?: number }[];
  /**
   * Listing-level risk of consecutive seller cancellations (EU Amazon): the rule, and how many
   * counted cancellations the extension saw within its days.
   */
  consecutive?: { count: number; withinDays: number; ruleId: string; recent: number };
  /** The metrics guarded beside the main one (eBay's cases closed…), where the platform's figure was read. */
  also?: WindowFigures[];
  /** Too few orders for the short window: the platform measures the long one. */
  longWindow?: { minOrders: number; shortDays: number };
  /** A seller the platform does not judge yet (Mercado Libre: grey until 10 sales). */
  newSeller?: { untilSales: number };
}

const EMPTY: ReadonlySet<string> = new Set();

function unknown(reason: Said, at: number, metric?: RateMetric): GuardResult {
  return { level: 'unknown', reason, metric, windowDays: metric?.windowDays, knownOrderIds: EMPTY, at };
}

const cannot = (error: GuardInputError) => said('guard.cannot-compute', { why: error.said });

function marketOf(input: GuardInput): MarketplaceRules {
  if (!isPlatform(input.platform)) throw new GuardInputError('unknown-platform', { platform: input.platform });
  return marketplaceRules(rulebookFor(input.platform), input.marketplace);
}

function effectiveMetric(input: GuardInput, metric: RateMetric): RateMetric {
  const settings = { ...DEFAULT_GUARD_SETTINGS, ...input.settings };
  checkSettings(settings);
  const withLimit =
    settings.thresholdPercent === undefined ? metric : withGuardedPercent(metric, settings.thresholdPercent);
  // A window the seller set is the one they want guarded, stated by themselves.
  if (settings.windowDays === undefined) return withLimit;
  const { alsoWindowDays: _also, windowByVolume: _byVolume, ...rest } = withLimit;
  return { ...rest, windowDays: settings.windowDays, window: { ...rest.window, certainty: 'stated' } };
}

type Figures = WindowFigures<RateMetric>;

const SEVERITY: Record<Level, number> = { over: 3, near: 2, ok: 1, unknown: 0, none: 0 };

/** The worse of two windows' figures: a higher level, then a higher rate; a window without figures never wins. */
function worse(a: Figures, b: Figures): Figures {
  const d = SEVERITY[b.level] - SEVERITY[a.level];
  if (d !== 0) return d > 0 ? b : a;
  return (b.ratePercent ?? -1) > (a.ratePercent ?? -1) ? b : a;
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
      const also = alsoGuarded(input, market);
      return {
        level: 'none',
        reason: market.cancellation.reason,
        knownOrderIds: EMPTY,
        at,
        marketplace: market.code,
        also,
      };
    }
    metric = effectiveMetric(input, market.cancellation);
  } catch (error) {
    if (error instanceof GuardInputError) return unknown(cannot(error), at);
    throw error;
  }
  try {
    const windows = { main: metric.windowDays, all: [metric.windowDays, ...(metric.alsoWindowDays ?? [])] };
    const all = windows.all.map((days) => figuresFor(input, { ...metric, windowDays: days }, windows));
    const volume = byVolume(input, metric, all[0]!);
    all[0] = volume.figures;
    const shown = all.reduce(worse);
    const others = all.filter((f) => f !== shown);
    return {
      ...shown,
      at,
      marketplace: market.code,
      otherWindows: others.length
        ? others.map((f) => ({ windowDays: f.windowDays!, level: f.level, ratePercent: f.ratePercent }))
        : undefined,
      consecutive: consecutiveRisk(input, market),
      also: alsoGuarded(input, market),
      longWindow: volume.longWindow,
      newSeller: newSellerOf(input, metric, shown),
      // The platform's next evaluation day (eBay: the 20th), and the level held until then.
      ...evaluationOf(input, metric, at),
    };
  } catch (error) {
    if (error instanceof GuardInputError) return unknown(cannot(error), at, metric);
    throw error;
  }
}
