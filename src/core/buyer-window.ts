// The buyer's own self-cancel window (Amazon: 30 minutes after ordering): while it is open the buyer
// can cancel alone, and nothing counts against the seller.
import type { Rulebook } from './rulebooks';

/** Whole minutes the buyer can still cancel alone, or undefined when the window is closed or unknown. */
export function selfCancelMinutesLeft(book: Rulebook, orderedAt: number | undefined, now: number): number | undefined {
  const window = book.buyerCancelFlow?.selfCancel;
  if (!window || orderedAt === undefined || orderedAt > now) return undefined;
  const left = Math.ceil((orderedAt + window.minutes * 60_000 - now) / 60_000);
  return left > 0 ? left : undefined;
}
