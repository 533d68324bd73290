// A TikTok order in the words every part of Seller Guard shares (OrderSeen): who fulfils it, the
// buyer's request through TikTok's own flow (a cancellation the buyer asked for there, pending or
// done, does not count against the seller-fault rate), open refunds and returns.
import type { OrderSeen } from '../../core/types';
import type { TikTokOrder } from './tiktok-order';
import { defined } from './json-fields';

export function toOrderSeen(o: TikTokOrder, marketplace: string): OrderSeen {
  const askedByBuyer = o.cancelRequest ?? (o.cancelledBy === 'buyer' ? {} : undefined);
  return defined<OrderSeen>({
    platform: 'tiktok',
    marketplace,
    id: o.id,
    orderedAt: o.createdAt,
    buyerName: o.buyerNickname,
    items: (o.items ?? []).map((i) => defined({ title: i.title, quantity: i.quantity, sku: i.sellerSku })),
    status: o.status,
    fulfilment: o.fbt === true ? 'platform' : o.fbt === false ? 'merchant' : 'unknown',
    shipBy: o.shipBy,
    total: o.total,
    currency: o.currency,
    cancelRequest: askedByBuyer ? defined({ viaPlatform: true, reason: askedByBuyer.reason }) : undefined,
    refund: o.afterSaleOpen ? 'requested' : undefined,
    returnRequested: o.afterSaleOpen === 'return' ? true : undefined,
  });
}
