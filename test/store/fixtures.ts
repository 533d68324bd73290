// What the store tests share: a moment, orders as readers report them, a list page's reading.
import type { OrderSeen, PageReadingOk, Platform } from '../../src/core/types';

export const NOW = Date.UTC(2026, 10, 21, 12);
export const DAY = 86_400_000;

/** An open Amazon (US) order placed the day before NOW. */
export const order = (id: string, over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform: 'amazon',
  marketplace: 'US',
  id,
  orderedAt: NOW - DAY,
  items: [{ title: 'Calendar', quantity: 1 }],
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});

/** An open AliExpress order, with its buyer's name. */
export const aliexpressOrder = (id: string, over: Partial<OrderSeen> = {}): OrderSeen =>
  order(id, {
    platform: 'aliexpress',
    marketplace: 'GLOBAL',
    buyerName: 'Olga K.',
    items: [{ title: 'Baking mat', quantity: 1 }],
    ...over,
  });

const LIST_URL: Partial<Record<Platform, string>> = {
  amazon: 'https://sellercentral.amazon.com/orders-v3',
  aliexpress: 'https://csp.aliexpress.com/m_apps/order-manage/orderList',
};

/** An order list's reading, of the first order's platform and marketplace (Amazon US for none). */
export function reading(orders: OrderSeen[], extra: Partial<PageReadingOk> = {}): PageReadingOk {
  const platform = orders[0]?.platform ?? 'amazon';
  return {
    ok: true,
    platform,
    marketplace: orders[0]?.marketplace ?? 'US',
    page: 'order-list',
    url: LIST_URL[platform] ?? `https://example.invalid/${platform}/orders`,
    orders,
    metrics: [],
    ...extra,
  };
}
