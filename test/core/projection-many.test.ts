import { describe, expect, it } from 'vitest';
import {
  describeTicked,
  MAX_NAMED_ORDERS,
  projectCancellations,
  type TickedOrder,
} from '../../src/core/projection-many';
import { projectCancellation } from '../../src/core/projection';
import { guardRate, type GuardResult } from '../../src/core/rate-guard';
import { RULEBOOKS } from '../../src/core/rulebooks';

const NOW = Date.UTC(2026, 10, 21, 12);
const DAY = 86_400_000;
const snapshot = (counted: number, total: number, ratePercent: number) => ({
  platform: 'amazon' as const,
  marketplace: 'US',
  metric: 'cancellation-rate' as const,
  ratePercent,
  counted,
  total,
  readAt: NOW - 3_600_000,
});
const amazonGuard = (counted = 3, total = 156, rate = 1.92): GuardResult =>
  guardRate({
    platform: 'amazon',
    marketplace: 'US',
    now: NOW,
    orders: [],
    cancellations: [],
    snapshot: snapshot(counted, total, rate),
  });
const order = (id: string, over: Partial<TickedOrder> = {}): TickedOrder => ({
  id,
  orderedAt: NOW - DAY,
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});
const book = RULEBOOKS.amazon;

describe('projecting several ticked orders', () => {
  it('two duplicates the seller would cancel: 3 of 156 → 5 of 156 (3.21%, over)', () => {
    const p = projectCancellations(amazonGuard(), book, [order('114-1'), order('114-2')]);
    expect(p).toMatchObject({
      cancellable: 2,
      pastCancelling: 0,
      projectedCounted: 5,
      projectedTotal: 156,
      projectedRatePercent: 3.21,
      projectedLevel: 'over',
    });
    expect(p.routes.map((r) => r.counts)).toEqual([true, true]);
  });

  it('one ticked order gives exactly what the single-order projection gives', () => {
    const guard = amazonGuard();
    const one = order('114-1');
    const single = projectCancellation(guard, book, one, { fulfilment: 'merchant', askedVia: 'seller' });
    const many = projectCancellations(guard, book, [one]);
    expect(many.projectedRatePercent).toBe(single.projectedRatePercent);
    expect(many.projectedCounted).toBe(single.projectedCounted);
    expect(many.projectedTotal).toBe(single.projectedTotal);
  });

  it("a buyer's own request and an FBA order stay out of the rate, each with its route", () => {
    const p = projectCancellations(amazonGuard(), book, [
      order('114-1'),
      order('114-2', { cancelRequest: { viaPlatform: true } }),
      order('114-3', { fulfilment: 'platform' }),
    ]);
    expect(p.cancellable).toBe(3);
    expect(p.projectedCounted).toBe(4);
    expect(p.projectedRatePercent).toBe(2.56);
    expect(p.routes).toEqual([
      expect.objectContaining({
        orderId: '114-1',
        counts: true,
        why: expect.objectContaining({ code: 'count.seller' }),
      }),
      expect.objectContaining({
        orderId: '114-2',
        counts: false,
        why: { code: 'count.asked-via-platform', params: { platform: 'Amazon', reason: 'BuyerCanceled' } },
      }),
      expect.objectContaining({
        orderId: '114-3',
        counts: false,
        why: expect.objectContaining({ code: 'count.platform-fulfilled' }),
      }),
    ]);
  });

  it('none would count: no projected rate', () => {
    const p = projectCancellations(amazonGuard(), book, [order('114-2', { cancelRequest: { viaPlatform: true } })]);
    expect(p.cancellable).toBe(1);
    expect(p.projectedRatePercent).toBeUndefined();
    expect(describeTicked(amazonGuard(), p)[0]).toEqual({ code: 'ticked.none-count', params: { count: 1 } });
  });

  it('shipped and cancelled orders are not cancellable and are said apart', () => {
    const p = projectCancellations(amazonGuard(), book, [
      order('114-1', { status: 'shipped' }),
      order('114-2', { status: 'cancelled' }),
      order('114-3'),
    ]);
    expect(p).toMatchObject({ cancellable: 1, pastCancelling: 2, projectedCounted: 4 });
    expect(describeTicked(amazonGuard(), p).at(-1)).toEqual({ code: 'ticked.past-cancelling', params: { count: 2 } });
  });

  it('orders placed after the figure was read join the total as well as the count', () => {
    const late = { orderedAt: NOW - 60_000 };
    const p = projectCancellations(amazonGuard(), book, [order('114-1', late), order('114-2', late)]);
    expect(p).toMatchObject({ projectedCounted: 5, projectedTotal: 158, projectedRatePercent: 3.16 });
  });

  it('exact at the limit: 1 of 40 → 2.5% is over (Amazon: below 2.5%)', () => {
    const p = projectCancellations(amazonGuard(0, 40, 0), book, [order('114-1')]);
    expect(p).toMatchObject({ projectedRatePercent: 2.5, projectedLevel: 'over' });
  });

  it('without the platform figure: the orders that count are named, no rate is made up', () => {
    const guard = guardRate({ platform: 'amazon', marketplace: 'US', now: NOW, orders: [], cancellations: [] });
    const p = projectCancellations(guard, book, [order('114-1'), order('114-2')]);
    expect(p.projectedRatePercent).toBeUndefined();
    expect(describeTicked(guard, p)[0]).toMatchObject({ code: expect.stringMatching(/^ticked\./) });
  });

  it('a platform without the metric (Etsy): nothing is projected', () => {
    const guard = guardRate({ platform: 'etsy', marketplace: 'US', now: NOW, orders: [], cancellations: [] });
    const p = projectCancellations(guard, RULEBOOKS.etsy, [order('1234567')]);
    expect(p.projectedRatePercent).toBeUndefined();
    expect(p.routes[0]?.counts).toBe(false);
  });
});

describe("the banner's lines for ticked orders", () => {
  it('the figures first, then the orders that stay out of the rate before those that count', () => {
    const guard = amazonGuard();
    const p = projectCancellations(guard, book, [
      order('114-1'),
      order('114-2', { cancelRequest: { viaPlatform: true } }),
    ]);
    const lines = describeTicked(guard, p);
    expect(lines[0]).toEqual({
      code: 'ticked.over',
      params: { count: 1, from: 1.92, to: 2.56, limit: 2.5, counted: 4, total: 156 },
    });
    expect(lines.slice(1).map((l) => l.params?.order)).toEqual(['114-2', '114-1']);
  });

  it('under the limit says so', () => {
    const guard = amazonGuard(1, 200, 0.5);
    const lines = describeTicked(guard, projectCancellations(guard, book, [order('114-1')]));
    expect(lines[0]).toEqual({ code: 'ticked.under', params: { count: 1, from: 0.5, to: 1, limit: 2.5 } });
  });

  it('many ticked orders: a few named, the rest counted', () => {
    const guard = amazonGuard(1, 1000, 0.1);
    const ticked = Array.from({ length: 7 }, (_, i) => order(`114-${i}`));
    const lines = describeTicked(guard, projectCancellations(guard, book, ticked));
    expect(lines.filter((l) => l.code === 'ticked.order')).toHaveLength(MAX_NAMED_ORDERS);
    expect(lines.at(-1)).toEqual({ code: 'ticked.more', params: { count: 7 - MAX_NAMED_ORDERS } });
  });
});
