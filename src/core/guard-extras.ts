// What the guard adds beside the main figure: the metrics guarded the same way from the platform's
// own figures (eBay's cases closed without seller resolution, Mercado Libre's claims, Etsy's case
// rate), and the platform's next evaluation day.
import { GuardInputError, type GuardInput } from './guard-input';
import { figuresFor, type WindowFigures } from './rate-window';
import type { MarketplaceRules } from './rulebooks';

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
