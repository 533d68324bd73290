// Was the advice followed? Judged once the order resolves (cancelled, or shipped), from the action
// the advisor put first and what actually happened. Only actions whose outcome the order's own
// record can show are judged; the rest stay unjudged rather than guessed.
import type { ActionKind } from './advisor/types';

export type Resolution = { kind: 'cancelled'; counted: boolean } | { kind: 'shipped' };
export type Outcome = 'followed' | 'not-followed';

/** Routes that end in a cancellation that does not count. */
const BUYER_ROUTE = new Set<ActionKind>(['ask-buyer-to-request-cancellation', 'confirm-buyer-cancellation']);
/** Advice that keeps the sale: the order should ship, not be cancelled. */
const KEEP_THE_SALE = new Set<ActionKind>([
  'ship-to-order-address',
  'update-address',
  'replacement',
  'decline-cancellation',
  'offer-return',
  'provide-tracking',
  'intercept-shipment',
  'contact-buyer',
  'extend-handling-time',
  'upload-tracking',
]);

export function adviceOutcome(advised: ActionKind, resolution: Resolution): Outcome | undefined {
  if (BUYER_ROUTE.has(advised)) {
    // Shipped after all: the buyer changed their mind, nothing to judge.
    if (resolution.kind !== 'cancelled') return undefined;
    return resolution.counted ? 'not-followed' : 'followed';
  }
  if (advised === 'cancel') return resolution.kind === 'cancelled' ? 'followed' : 'not-followed';
  if (KEEP_THE_SALE.has(advised)) return resolution.kind === 'shipped' ? 'followed' : 'not-followed';
  return undefined;
}
