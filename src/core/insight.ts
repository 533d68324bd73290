// The seller's records, summarized: the platform's rate over time, what the guard saved, and
// buyers who keep cancelling. Pure: the history page and the tests share it.

export interface InsightEvent {
  kind: string;
  platform: string;
  marketplace: string;
  orderId: string;
  at: number;
  counted?: boolean;
  detail?: string;
  buyer?: string;
}

export interface RatePoint {
  at: number;
  ratePercent: number;
}

export interface RateSeries {
  platform: string;
  marketplace: string;
  points: RatePoint[];
}

/** One series per platform and marketplace, oldest first. */
export function rateSeries(
  snapshots: { platform: string; marketplace: string; metric: string; readAt: number; ratePercent: number }[],
): RateSeries[] {
  const byMarket = new Map<string, RateSeries>();
  for (const s of snapshots) {
    if (s.metric !== 'cancellation-rate') continue;
    const key = `${s.platform}:${s.marketplace}`;
    const series = byMarket.get(key) ?? { platform: s.platform, marketplace: s.marketplace, points: [] };
    series.points.push({ at: s.readAt, ratePercent: s.ratePercent });
    byMarket.set(key, series);
  }
  for (const s of byMarket.values()) s.points.sort((a, b) => a.at - b.at);
  return [...byMarket.values()];
}

export interface CancellationShare {
  total: number;
  counted: number;
  /** Cancellations that went through the buyer's own request flow: what the guard saved. */
  notCounted: number;
  savedPercent: number;
}

export function cancellationShare(events: InsightEvent[]): CancellationShare {
  const cancellations = events.filter((e) => e.kind === 'cancellation');
  const notCounted = cancellations.filter((e) => e.counted === false).length;
  const total = cancellations.length;
  return {
    total,
    counted: total - notCounted,
    notCounted,
    savedPercent: total ? Math.round((notCounted / total) * 1000) / 10 : 0,
  };
}

/**
 * Why buyers asked to cancel, from the requests the pages showed ("Order Created by Mistake" …), as
 * the buyer or platform wrote it; `reason` is absent for requests that gave none.
 */
export function reasonsBreakdown(events: InsightEvent[]): { reason?: string; count: number }[] {
  const counts = new Map<string | undefined, number>();
  for (const e of events) {
    if (e.kind !== 'cancel-request-seen') continue;
    const reason = e.detail && e.detail !== 'platform' && e.detail !== 'message' ? e.detail : undefined;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason ?? '').localeCompare(b.reason ?? ''));
}

/** What marks a buyer as one to watch: a cancellation (asked for or done), a refund, a dispute. */
export const TROUBLE_KINDS = ['cancellation', 'cancel-request-seen', 'refund', 'dispute-opened'] as const;
const TROUBLE = new Set<string>(TROUBLE_KINDS);

/** Buyers with `min` or more orders that were cancelled, refunded or disputed: flagged locally on their next order. */
export function repeatBuyers(events: InsightEvent[], min = 2): Map<string, number> {
  const perBuyer = new Map<string, Set<string>>();
  for (const e of events) {
    if (!e.buyer || !TROUBLE.has(e.kind)) continue;
    const key = `${e.platform}|${e.buyer.trim().toLowerCase()}`;
    perBuyer.set(key, (perBuyer.get(key) ?? new Set()).add(e.orderId));
  }
  return new Map([...perBuyer].filter(([, orders]) => orders.size >= min).map(([key, orders]) => [key, orders.size]));
}

export const buyerKey = (platform: string, buyer: string) => `${platform}|${buyer.trim().toLowerCase()}`;
