// Was the advice followed? Judged once the order resolves (cancelled, or shipped), from the action
// the advisor put first and what actually happened. Only actions whose outcome the order's own
// record can show are judged; the rest stay unjudged rather than guessed.
import type { ActionKind } from './advisor/types';
import type { AskedVia } from './rulebooks';

/**
 * How the order ended. A cancellation says whether it counted AND which way it came: on a platform
 * that counts nothing (Etsy, AliExpress) "not counted" alone would call every cancellation followed.
 */
export type Resolution = { kind: 'cancelled'; counted: boolean; route: AskedVia } | { kind: 'shipped' };
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
    // Asked to use the platform's own request: only a cancellation that came that way follows it.
    const wanted = advised === 'ask-buyer-to-request-cancellation' ? resolution.route === 'platform-request' : true;
    return wanted && resolution.route !== 'seller' && !resolution.counted ? 'followed' : 'not-followed';
  }
  if (advised === 'cancel') return resolution.kind === 'cancelled' ? 'followed' : 'not-followed';
  if (KEEP_THE_SALE.has(advised)) return resolution.kind === 'shipped' ? 'followed' : 'not-followed';
  return undefined;
}
