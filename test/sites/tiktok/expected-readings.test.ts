// The fixture tables derive most expected readings from the same data the pages are built from. These
// readings are spelled out by hand so that a wrong derivation (a unit, a window, a time) shows.
import { describe, expect, it } from 'vitest';
import { tiktokFixture } from '../../fixtures/tiktok';

describe('TikTok expected readings, by hand', () => {
  it('spells out, by hand, two readings the tables derive (so a wrong derivation shows)', () => {
    const us = tiktokFixture('health-us').expected;
    expect(us).toEqual({
      kind: 'health',
      metrics: [
        {
          metric: 'seller-fault-cancellation',
          name: 'compute_shop_liable_cancel_rate_by_seller_s14d_e8d',
          ratePercent: 1.8,
          limitPercent: 2.5,
          comparison: 'at-most',
          windowDays: 14,
        },
        {
          metric: 'late-dispatch',
          name: 'compute_non_fbt_late_dispatch_s7d_e1d',
          ratePercent: 2.1,
          limitPercent: 4,
          comparison: 'at-most',
          windowDays: 7,
        },
        {
          metric: 'valid-tracking',
          name: 'valid_tracking_rate_s30d',
          ratePercent: 97,
          limitPercent: 95,
          comparison: 'at-least',
          windowDays: 30,
        },
      ],
      missing: [],
    });
    const list = tiktokFixture('order-list-us').expected;
    expect(list.kind === 'orders' && list.orders[1]).toEqual({
      id: '576461413038785769',
      status: 'unshipped',
      total: 12.5,
      currency: 'USD',
      buyerNickname: 'megs.makes',
      items: [{ title: 'Linen apron', quantity: 1, sellerSku: 'MUG-2' }],
      createdAt: Date.UTC(2026, 10, 17, 6),
      cancelRequest: { reason: 'No longer needed', autoApproveAt: Date.UTC(2026, 10, 18, 17) },
    });
    const my = tiktokFixture('health-my').expected;
    expect(my.kind === 'health' && my.metrics.map((m) => [m.metric, m.ratePercent, m.windowDays])).toEqual([
      ['seller-fault-cancellation', 1.2, 7],
      ['late-dispatch', 3.5, 7],
    ]);
  });
});
