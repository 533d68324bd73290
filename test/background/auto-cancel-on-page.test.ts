// Orders a platform is about to cancel by itself, marked in the list while there is still time; and
// shipped TikTok orders whose buyer's request is still open, marked with the deadline to decline it.
import { describe, expect, it } from 'vitest';
import { autoCancellingOnPage } from '../../src/background/auto-cancel-on-page';
import { declineByTrackingOnPage } from '../../src/background/decline-by-tracking-on-page';
import type { OrderSeen, PageReadingOk } from '../../src/core/types';

const NOW = Date.UTC(2026, 10, 18, 12);
const H = 3600 * 1000;
const order = (id: string, extra: Partial<OrderSeen>): OrderSeen => ({
  platform: 'tiktok',
  marketplace: 'US',
  id,
  items: [],
  status: 'unshipped',
  fulfilment: 'merchant',
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

describe('orders the platform cancels by itself within a day', () => {
  it('are those still to ship with a deadline in the next 24 hours, soonest first, each with its time', () => {
    const marks = autoCancellingOnPage(
      list([
        order('1', { autoCancelAt: NOW + 20 * H }),
        order('2', { autoCancelAt: NOW + 2 * H }),
        order('3', { autoCancelAt: NOW + 25 * H }),
        order('4', { autoCancelAt: NOW - H }),
        order('5', { autoCancelAt: NOW + H, status: 'shipped' }),
        order('6', {}),
      ]),
      NOW,
    );
    expect(marks).toEqual([
      {
        orderIds: ['2'],
        note: { code: 'guard.auto-cancel-flag', params: { platform: 'TikTok Shop', at: NOW + 2 * H } },
      },
      {
        orderIds: ['1'],
        note: { code: 'guard.auto-cancel-flag', params: { platform: 'TikTok Shop', at: NOW + 20 * H } },
      },
    ]);
  });

  it('are at most a hundred', () => {
    const many = Array.from({ length: 150 }, (_, i) => order(String(i), { autoCancelAt: NOW + H + i }));
    expect(autoCancellingOnPage(list(many), NOW)).toHaveLength(100);
  });
});

const asked = (answerBy?: number): Partial<OrderSeen> => ({
  status: 'shipped',
  hasTracking: true,
  cancelRequest: { viaPlatform: true, ...(answerBy ? { answerBy } : {}) },
});

describe('shipped orders whose request must be declined by tracking', () => {
  it('are marked soonest deadline first, a deadline gone by without its time, none last; other orders are not', () => {
    const marks = declineByTrackingOnPage(
      list([
        order('1', asked(NOW + 20 * H)),
        order('2', asked()),
        order('3', asked(NOW + 2 * H)),
        order('4', asked(NOW - H)),
        order('5', { status: 'shipped', hasTracking: true }),
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
