// A TikTok order in the words every part of Seller Guard shares (OrderSeen): who fulfils it, the
// buyer's request through TikTok's own flow (a cancellation the buyer asked for there, pending or
// done, does not count against the seller-fault rate), open refunds and returns, and when TikTok
// will cancel the order by itself. A shipped or delivered order carries tracking: on TikTok an order
// becomes Shipped when its tracking is uploaded (the centre's own FAQ, rule tiktok.buyer-cancel.us).
import type { OrderSeen } from '../../core/types';
import type { TikTokOrder } from './tiktok-order';

/**
 * When TikTok cancels an order still to ship by itself: at its deadline if it is not ready by then,
 * or when it approves the buyer's unanswered request, whichever comes first.
 */
function selfCancelAt(o: TikTokOrder): number | undefined {
  if (o.status !== 'unshipped') return undefined;
  const times = [o.autoCancelAt, o.cancelRequest?.autoApproveAt].filter((t) => t !== undefined);
  return times.length ? Math.min(...times) : undefined;
}

/** Who fulfils an order: TikTok (FBT), the seller, or not said. */
export const fulfilmentOf = (fbt: boolean | undefined): OrderSeen['fulfilment'] =>
  fbt === undefined ? 'unknown' : fbt ? 'platform' : 'merchant';

export function toOrderSeen(o: TikTokOrder, marketplace: string): OrderSeen {
  // Set one by one, not through a helper: this runs for every order of a 500-order list.
  const seen: OrderSeen = {
    platform: 'tiktok',
    marketplace,
    id: o.id,
    items: (o.items ?? []).map((i) =>
      i.sellerSku
        ? { title: i.title, quantity: i.quantity, sku: i.sellerSku }
        : { title: i.title, quantity: i.quantity },
    ),
    status: o.status,
    fulfilment: fulfilmentOf(o.fbt),
  };
  if (o.createdAt !== undefined) seen.orderedAt = o.createdAt;
  if (o.buyerNickname !== undefined) seen.buyerName = o.buyerNickname;
  if (o.shipBy !== undefined) seen.shipBy = o.shipBy;
  if (o.total !== undefined) seen.total = o.total;
  if (o.currency !== undefined) seen.currency = o.currency;
  if (o.status === 'shipped' || o.status === 'delivered') seen.hasTracking = true;
  const askedByBuyer = o.cancelRequest ?? (o.cancelledBy === 'buyer' ? {} : undefined);
  if (askedByBuyer) {
    const request: NonNullable<OrderSeen['cancelRequest']> = { viaPlatform: true };
    if (askedByBuyer.reason) request.reason = askedByBuyer.reason;
    // TikTok approves the request by itself then: the deadline to decline it (by tracking, once shipped).
    if (o.cancelRequest?.autoApproveAt !== undefined) request.answerBy = o.cancelRequest.autoApproveAt;
    seen.cancelRequest = request;
  }
  if (o.afterSaleOpen) {
    seen.refund = 'requested';
    seen.requestOpen = true;
  }
  if (o.afterSaleOpen === 'return') seen.returnRequested = true;
  const cancelsAt = selfCancelAt(o);
  if (cancelsAt !== undefined) seen.autoCancelAt = cancelsAt;
  return seen;
}
