// Shipped TikTok orders whose buyer's cancellation request is still open, marked in the list with
// the deadline to decline it, and said first in the banner with the orders about to cancel themselves.
import { describe, expect, it } from 'vitest';
import { declineByTrackingOnPage } from '../../src/background/decline-by-tracking-on-page';
import type { OrderSeen, PageReadingOk } from '../../src/core/types';

const NOW = Date.UTC(2026, 10, 18, 12);
const H = 3600 * 1000;
const order = (id: string, extra: Partial<OrderSeen>): OrderSeen => ({
  platform: 'tiktok',
  marketplace: 'US',
  id,
  items: [],
  status: 'shipped',
  fulfilment: 'merchant',
  hasTracking: true,
  ...extra,
});
const list = (orders: OrderSeen[]): PageReadingOk => ({
  ok: true,
  platform: 'tiktok',
  marketplace: 'US',
  page: 'order-list',
  url: 'https://seller-us.tiktok.com/order',
  orders,
  metrics: [],
});
const asked = (answerBy?: number) => ({ cancelRequest: { viaPlatform: true, ...(answerBy ? { answerBy } : {}) } });

describe('shipped orders whose request must be declined by tracking', () => {
  it('are marked soonest deadline first, a deadline gone by without its time, none last; other orders are not', () => {
    const marks = declineByTrackingOnPage(
      list([
        order('1', asked(NOW + 20 * H)),
        order('2', asked()),
        order('3', asked(NOW + 2 * H)),
        order('4', asked(NOW - H)),
        order('5', {}),
        order('6', { ...asked(NOW + H), status: 'unshipped', hasTracking: undefined }),
        order('7', { ...asked(NOW + H), fulfilment: 'platform' }),
        order('8', { ...asked(NOW + H), status: 'unknown', hasTracking: undefined }),
      ]),
      NOW,
    );
    const platform = 'TikTok Shop';
    const plain = { code: 'guard.decline-by-tracking-flag', params: { platform } };
    expect(marks).toEqual([
      { orderIds: ['4'], note: plain },
      { orderIds: ['3'], note: { code: 'guard.decline-by-tracking-flag-by', params: { platform, at: NOW + 2 * H } } },
      { orderIds: ['1'], note: { code: 'guard.decline-by-tracking-flag-by', params: { platform, at: NOW + 20 * H } } },
      { orderIds: ['2'], note: plain },
    ]);
  });

  it('are at most a hundred', () => {
    const many = Array.from({ length: 150 }, (_, i) => order(String(i), asked(NOW + H + i)));
    expect(declineByTrackingOnPage(list(many), NOW)).toHaveLength(100);
  });
});
