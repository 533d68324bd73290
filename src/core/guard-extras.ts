// What the guard adds beside the main figure: the window the platform uses by volume, a new
// seller, consecutive cancellations, the metrics guarded the same way from the platform's own
// figures (eBay's cases closed, Mercado Libre's claims, Etsy's case rate), the next evaluation day
// and the level held until then.
import { GuardInputError, isTime, type GuardInput } from './guard-input';
import { figuresFor, type WindowFigures } from './rate-window';
import type { Band, MarketplaceRules, RateMetric } from './rulebooks';
import { statedBand } from './standing';

const DAY = 86_400_000;

export function alsoGuarded(input: GuardInput, market: MarketplaceRules): WindowFigures[] | undefined {
  const out: WindowFigures[] = [];
  for (const metric of market.alsoGuarded ?? []) {
    const snapshot = input.otherSnapshots?.find(
      (s) => s.metric === metric.snapshotMetric && s.platform === input.platform && s.marketplace === input.marketplace,
    );
    if (!snapshot) continue;
    const days = snapshot.windowDays ?? metric.windowDays;
    try {
      const figures = figuresFor(input, { ...metric, windowDays: days }, { main: days, all: [days] }, snapshot);
      if (figures.ratePercent !== undefined) out.push(figures);
    } catch (error) {
      // A figure that does not hold together is left out, never shown.
      if (!(error instanceof GuardInputError)) throw error;
    }
  }
  return out.length ? out : undefined;
}

/** The next time (UTC midnight) the month reaches its evaluation day, after `now`. */
export function evaluationAfter(now: number, dayOfMonth: number): number {
  const d = new Date(now);
  const thisMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), dayOfMonth);
  return thisMonth > now ? thisMonth : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, dayOfMonth);
}

export function consecutiveRisk(
  input: GuardInput,
  market: MarketplaceRules,
): { count: number; withinDays: number; ruleId: string; recent: number } | undefined {
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

/**
 * The window the platform uses by volume (eBay: under 400 transactions in 3 months it measures 12):
 * the page's own period where it names the long one, else the short window's total decides.
 */
export function byVolume(input: GuardInput, metric: RateMetric, main: WindowFigures<RateMetric>) {
  const rule = metric.windowByVolume;
  const named = input.snapshot?.windowDays === rule?.otherwiseDays;
  if (!rule || (!named && (main.total === undefined || main.total >= rule.minOrders))) return { figures: main };
  const long = rule.otherwiseDays;
  const figures = figuresFor(input, { ...metric, windowDays: long }, { main: long, all: [long] });
  return { figures, longWindow: { minOrders: rule.minOrders, shortDays: metric.windowDays } };
}

export function newSellerOf(
  input: GuardInput,
  metric: RateMetric,
  shown: WindowFigures<RateMetric>,
): { untilSales: number } | undefined {
  const rule = metric.newSeller;
  if (!rule) return undefined;
  const grey = input.snapshot?.level?.toLowerCase() === 'newbie';
  const few = shown.basis !== 'observed' && shown.total !== undefined && shown.total < rule.untilSales;
  return grey || few ? { untilSales: rule.untilSales } : undefined;
}

export interface Evaluation {
  nextEvaluationAt?: number;
  /** The date is the platform page's own, not worked out from its rule. */
  nextEvaluationStated?: true;
  /** The level the page says the seller holds until that evaluation (eBay's "Current seller level"). */
  heldBand?: Band;
}

/** The next evaluation: the page's own date while it is still ahead, else the rule's day; and the level held until then. */
export function evaluationOf(input: GuardInput, metric: RateMetric, at: number): Evaluation {
  if (!metric.evaluation) return {};
  const stated = input.snapshot?.nextEvaluationAt;
  // Once the evaluation the page named has passed, the level it said the seller holds may have changed.
  if (stated === undefined || !(stated > at))
    return { nextEvaluationAt: evaluationAfter(at, metric.evaluation.dayOfMonth) };
  const heldBand = statedBand(metric, input.snapshot?.heldLevel);
  return { nextEvaluationAt: stated, nextEvaluationStated: true, ...(heldBand ? { heldBand } : {}) };
}
