// The buyer's own windows: Amazon's 30 minutes in which the buyer cancels alone (nothing counts
// against the seller), and eBay's hour in which the buyer can still file a request through eBay's
// flow (after it, a buyer's wish comes by message).
import type { Rulebook } from './rulebooks';

function minutesLeft(minutes: number | undefined, orderedAt: number | undefined, now: number): number | undefined {
  if (minutes === undefined || orderedAt === undefined || orderedAt > now) return undefined;
  const left = Math.ceil((orderedAt + minutes * 60_000 - now) / 60_000);
  return left > 0 ? left : undefined;
}

/** Whole minutes the buyer can still cancel alone, or undefined when the window is closed or unknown. */
export function selfCancelMinutesLeft(book: Rulebook, orderedAt: number | undefined, now: number): number | undefined {
  return minutesLeft(book.buyerCancelFlow?.selfCancel?.minutes, orderedAt, now);
}

/** Whole minutes the buyer can still file a request in the platform's flow, where that flow closes. */
export function requestMinutesLeft(book: Rulebook, orderedAt: number | undefined, now: number): number | undefined {
  return minutesLeft(book.buyerCancelFlow?.requestWindow?.minutes, orderedAt, now);
}

/** The platform's own request flow is closed for this order (eBay, an hour after the sale). */
export function requestFlowClosed(book: Rulebook, orderedAt: number | undefined, now: number): boolean {
  const window = book.buyerCancelFlow?.requestWindow;
  return window !== undefined && orderedAt !== undefined && orderedAt + window.minutes * 60_000 <= now;
}
