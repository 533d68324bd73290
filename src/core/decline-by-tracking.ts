// A buyer's cancellation request open on an order that has already left with its tracking: on TikTok
// Shop US the seller declines it by uploading the tracking (rule tiktok.buyer-cancel.us; no other
// region says so), and the platform approves it by itself at `answerBy` if nobody does. Orders the
// platform ships are its own to answer.
import { marketplaceRules, type Rulebook } from './rulebooks';
import type { OrderSeen } from './types';

export function declineByTracking(book: Rulebook, order: OrderSeen): boolean {
  return (
    marketplaceRules(book, order.marketplace).shippedCancelRequest !== undefined &&
    order.cancelRequest?.viaPlatform === true &&
    // A shipped or delivered order has left with its tracking unless the page says it has none.
    (order.hasTracking ?? (order.status === 'shipped' || order.status === 'delivered')) &&
    order.status !== 'cancelled' &&
    order.fulfilment !== 'platform'
  );
}
