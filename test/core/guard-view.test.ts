import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/core/guard-view';
import { projectCancellation } from '../../src/core/projection';
import { guardRate } from '../../src/core/rate-guard';
import { RULEBOOKS } from '../../src/core/rulebooks';
import type { OrderSeen } from '../../src/core/types';
import { snapshotOf } from './snapshot-of';

const NOW = Date.UTC(2026, 10, 21, 12);
const guard = guardRate({
  platform: 'amazon',
  marketplace: 'US',
  now: NOW,
  orders: [],
  cancellations: [],
  snapshot: snapshotOf('amazon', 'US', 3, 156, NOW - 3_600_000),
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
    expect(s.headline).toEqual({
      code: 'guard.headline',
      params: { metric: { code: 'metric.cancellation-rate' }, rate: 1.92, counted: 3, total: 156, limit: 2.5, days: 7 },
    });
    expect(s.details[0]).toEqual({
      code: 'projection.over',
      params: { from: 1.92, to: 2.56, limit: 2.5, counted: 4, total: 156 },
    });
    expect(s.details[1]).toMatchObject({ code: 'hint.ask-not-out-of-stock', params: { reason: 'NoInventory' } });
    expect(s.details).toContainEqual({ code: 'guard.headroom-none', params: { limit: 2.5 } });
  });
  it('a buyer who used Request cancellation: no projection, and the words say it will not count', () => {
    const s = summarize(guard, RULEBOOKS.amazon, order({ cancelRequest: { viaPlatform: true } }));
    expect(s.projectedRatePercent).toBeUndefined();
    expect(s.details[0]).toEqual({
      code: 'guard.buyer-request-free',
      params: { platform: 'Amazon', reason: 'BuyerCanceled' },
    });
  });
  it('FBA: no projection, says why', () => {
    const s = summarize(guard, RULEBOOKS.amazon, order({ fulfilment: 'platform' }));
    expect(s.projectedRatePercent).toBeUndefined();
    expect(s.details[0]).toMatchObject({ code: 'count.platform-fulfilled' });
  });
  it('a shipped order: a refund, not a cancellation', () => {
    const s = summarize(guard, RULEBOOKS.amazon, order({ status: 'shipped' }));
    expect(s.projectedRatePercent).toBeUndefined();
    expect(s.details[0]).toEqual({ code: 'guard.shipped' });
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
    expect(summarize(small, RULEBOOKS.amazon).details).toContainEqual({
      code: 'guard.small-shop',
      params: { total: 30, one: 3.33 },
    });
  });
  it('Etsy: none, with the reason as headline', () => {
    const etsy = guardRate({ platform: 'etsy', marketplace: 'GLOBAL', now: NOW, orders: [], cancellations: [] });
    expect(summarize(etsy, RULEBOOKS.etsy)).toMatchObject({
      level: 'none',
      headline: { code: 'guard.no-metric.etsy' },
    });
  });
  it("within the buyer's 30 minutes the banner says they can still cancel alone", () => {
    const fresh = summarize(guard, RULEBOOKS.amazon, order({ orderedAt: NOW - 5 * 60_000 }));
    expect(fresh.details).toContainEqual({
      code: 'guard.self-cancel',
      params: { flow: { code: 'flow.amazon' }, left: 25, sure: { code: 'confidence.official' } },
    });
    expect(summarize(guard, RULEBOOKS.amazon, order()).details.map((d) => d.code)).not.toContain('guard.self-cancel');
  });
  it('a request on record where the platform sets a deadline: answer within it', () => {
    const ali = guardRate({ platform: 'aliexpress', marketplace: 'GLOBAL', now: NOW, orders: [], cancellations: [] });
    // AliExpress has no rate: nothing about cancelling is said, and so no deadline either.
    expect(summarize(ali, RULEBOOKS.aliexpress, order({ platform: 'aliexpress' })).details).toEqual([]);
    const tiktok = guardRate({
      platform: 'tiktok',
      marketplace: 'TH',
      now: NOW,
      orders: [],
      cancellations: [],
      snapshot: {
        platform: 'tiktok',
        marketplace: 'TH',
        metric: 'cancellation-rate',
        ratePercent: 1,
        counted: 1,
        total: 100,
        readAt: NOW - 1000,
      },
    });
    const s = summarize(
      tiktok,
      RULEBOOKS.tiktok,
      order({ platform: 'tiktok', marketplace: 'TH', cancelRequest: { viaPlatform: true } }),
    );
    expect(s.details).toContainEqual({
      code: 'guard.answer-request',
      params: { within: { code: 'deadline.hours', params: { amount: 24 } }, sure: { code: 'confidence.official' } },
    });
  });
});
