import { describe, expect, it } from 'vitest';
import { projectCancellation } from '../../src/core/projection';
import { guardRate, type GuardResult } from '../../src/core/rate-guard';
import { RULEBOOKS } from '../../src/core/rulebooks';
import { projectTicked } from '../../src/core/ticked-projection';
import type { OrderSeen } from '../../src/core/types';

const NOW = Date.UTC(2026, 10, 21, 12);
const guardOf = (counted: number, total: number, readAt = NOW - 3_600_000): GuardResult =>
  guardRate({
    platform: 'ebay',
    marketplace: 'US',
    now: NOW,
    orders: [],
    cancellations: [],
    snapshot: {
      platform: 'ebay',
      marketplace: 'US',
      metric: 'cancellation-rate',
      ratePercent: Math.round((counted / total) * 10_000) / 100,
      counted,
      total,
      readAt,
    },
  });
let n = 0;
const order = (over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform: 'ebay',
  marketplace: 'US',
  id: `12-15259-${String(90_000 + ++n)}`,
  orderedAt: NOW - 86_400_000,
  items: [],
  status: 'unshipped',
  fulfilment: 'merchant',
  ...over,
});
const book = RULEBOOKS.ebay;

describe('ticked rows: what cancelling all of them would do', () => {
  it('two open seller-side orders inside the figures: 3 of 412 → 5 of 412', () => {
    const p = projectTicked(guardOf(3, 412), book, [order(), order(), order({ status: 'shipped' })]);
    expect(p).toMatchObject({ cancellable: 2, counting: 2, projectedRatePercent: 1.21 });
    expect(p.line).toEqual({
      code: 'projection.ticked-under',
      params: { count: 2, counting: 2, from: 0.73, to: 1.21, limit: expect.any(Number) as number },
    });
  });

  it('one ticked order gives exactly the one-order projection', () => {
    const guard = guardOf(3, 412);
    const one = order();
    const single = projectCancellation(guard, book, one, { fulfilment: 'merchant', askedVia: 'seller' });
    expect(projectTicked(guard, book, [one]).projectedRatePercent).toBe(single.projectedRatePercent);
  });

  it("a buyer's own request through eBay's flow does not count; shipped and cancelled ones are not cancellable", () => {
    const p = projectTicked(guardOf(3, 412), book, [
      order({ cancelRequest: { viaPlatform: true } }),
      order({ status: 'delivered' }),
      order({ status: 'cancelled' }),
    ]);
    expect(p).toEqual({
      cancellable: 1,
      counting: 0,
      line: { code: 'projection.ticked-free', params: { count: 1 } },
    });
  });

  it('orders placed after the figures were read join the denominator too', () => {
    const p = projectTicked(guardOf(3, 412, NOW - 86_400_000 * 2), book, [order(), order()]);
    expect(p).toMatchObject({ counting: 2, projectedRatePercent: Math.round((5 / 414) * 10_000) / 100 });
  });

  it('over the limit: says at how many of how many', () => {
    const p = projectTicked(guardOf(8, 400), book, [order(), order()]);
    expect(p.line.code).toBe('projection.ticked-over');
    expect(p.line.params).toMatchObject({ counted: 10, total: 400, to: 2.5 });
  });

  it('a ticked order the store has not read: nothing projected, never a guess', () => {
    expect(projectTicked(guardOf(3, 412), book, [order()], 1)).toEqual({
      cancellable: 2,
      counting: 0,
      line: { code: 'projection.ticked-unread', params: { count: 2 } },
    });
  });

  it('no figure to project from: says how many would count, no rate', () => {
    const guard = guardRate({ platform: 'ebay', marketplace: 'US', now: NOW, orders: [], cancellations: [] });
    const p = projectTicked(guard, book, [order()]);
    expect(p.projectedRatePercent).toBeUndefined();
    expect(p.line).toEqual({ code: 'projection.ticked-no-figure', params: { count: 1, counting: 1 } });
  });
});
