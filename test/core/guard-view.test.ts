import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/core/guard-view';
import { projectCancellation } from '../../src/core/projection';
import { guardRate } from '../../src/core/rate-guard';
import { RULEBOOKS } from '../../src/core/rulebooks';
import type { OrderSeen } from '../../src/core/types';

const NOW = Date.UTC(2026, 10, 21, 12);
const guard = guardRate({
  platform: 'amazon',
  marketplace: 'US',
  now: NOW,
  orders: [],
  cancellations: [],
  snapshot: {
    platform: 'amazon',
    marketplace: 'US',
    metric: 'cancellation-rate',
    ratePercent: 1.92,
    counted: 3,
    total: 156,
    readAt: NOW - 3_600_000,
  },
});
const order = (over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform: 'amazon',
  marketplace: 'US',
  id: '114-3941689-8772232',
  orderedAt: NOW - 86_400_000,
  items: [],
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});

describe('guard summary for the banner', () => {
  it('an order the seller would cancel: "1.92% → 2.56% (over 2.5% at 4 of 156)"', () => {
    const s = summarize(guard, RULEBOOKS.amazon, order());
    expect(s).toMatchObject({ level: 'near', ratePercent: 1.92, thresholdPercent: 2.5, projectedRatePercent: 2.56 });
    expect(s.headline).toBe('Cancellation rate 1.92% (3 of 156), limit 2.5% over 7 days.');
    expect(s.details[0]).toBe('Cancel this order yourself: 1.92% → 2.56% (over 2.5% at 4 of 156)');
    expect(s.details).toContain('No more seller cancellations fit under 2.5% this window.');
  });
  it('a buyer who used Request cancellation: no projection, and the words say it will not count', () => {
    const s = summarize(guard, RULEBOOKS.amazon, order({ cancelRequest: { viaPlatform: true } }));
    expect(s.projectedRatePercent).toBeUndefined();
    expect(s.details[0]).toBe(
      "This buyer used Amazon's cancellation request: cancelling with reason BuyerCanceled will not count.",
    );
  });
  it('FBA: no projection, says why', () => {
    const s = summarize(guard, RULEBOOKS.amazon, order({ fulfilment: 'platform' }));
    expect(s.projectedRatePercent).toBeUndefined();
    expect(s.details[0]).toContain('Orders the platform fulfils');
  });
  it('a shipped order: a refund, not a cancellation', () => {
    const s = summarize(guard, RULEBOOKS.amazon, order({ status: 'shipped' }));
    expect(s.projectedRatePercent).toBeUndefined();
    expect(s.details[0]).toContain('refund or return');
  });
  it('an order placed after the figure was read joins the denominator', () => {
    const p = projectCancellation(
      guard,
      RULEBOOKS.amazon,
      { id: 'new', orderedAt: NOW - 60_000 },
      { fulfilment: 'merchant', askedVia: 'seller' },
    );
    expect(p).toMatchObject({ counts: true, projectedCounted: 4, projectedTotal: 157, projectedRatePercent: 2.55 });
  });
  it('small shops are told what one cancellation weighs', () => {
    const small = guardRate({
      platform: 'amazon',
      marketplace: 'US',
      now: NOW,
      orders: [],
      cancellations: [],
      snapshot: {
        platform: 'amazon',
        marketplace: 'US',
        metric: 'cancellation-rate',
        ratePercent: 0,
        counted: 0,
        total: 30,
        readAt: NOW - 1000,
      },
    });
    expect(summarize(small, RULEBOOKS.amazon).details[0]).toContain(
      'With 30 orders in the window, one seller cancellation is 3.33% on its own.',
    );
  });
  it('Etsy: none, with the reason as headline', () => {
    const etsy = guardRate({ platform: 'etsy', marketplace: 'GLOBAL', now: NOW, orders: [], cancellations: [] });
    expect(summarize(etsy, RULEBOOKS.etsy)).toMatchObject({
      level: 'none',
      headline: expect.stringContaining('Etsy publishes no cancellation-rate limit'),
    });
  });
});
