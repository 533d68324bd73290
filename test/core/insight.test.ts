import { describe, expect, it } from 'vitest';
import {
  buyerKey,
  cancellationShare,
  rateSeries,
  reasonsBreakdown,
  repeatBuyers,
  type InsightEvent,
} from '../../src/core/insight';

const ev = (kind: string, orderId: string, over: Partial<InsightEvent> = {}): InsightEvent => ({
  kind,
  platform: 'amazon',
  marketplace: 'US',
  orderId,
  at: 1,
  ...over,
});

describe('insight', () => {
  it('rate series per marketplace, oldest first, cancellation rate only', () => {
    const snap = (marketplace: string, readAt: number, ratePercent: number, metric = 'cancellation-rate') => ({
      platform: 'amazon',
      marketplace,
      metric,
      readAt,
      ratePercent,
    });
    expect(
      rateSeries([
        snap('US', 3, 1.92),
        snap('US', 1, 0.64),
        snap('DE', 2, 1.42),
        snap('US', 2, 9, 'late-shipment-rate'),
      ]),
    ).toEqual([
      {
        platform: 'amazon',
        marketplace: 'US',
        points: [
          { at: 1, ratePercent: 0.64 },
          { at: 3, ratePercent: 1.92 },
        ],
      },
      { platform: 'amazon', marketplace: 'DE', points: [{ at: 2, ratePercent: 1.42 }] },
    ]);
  });
  it('what the buyer-request route saved: 3 of 4 cancellations did not count', () => {
    const events = [
      ev('cancellation', 'a', { counted: true }),
      ev('cancellation', 'b', { counted: false }),
      ev('cancellation', 'c', { counted: false }),
      ev('cancellation', 'd', { counted: false }),
      ev('order-seen', 'e'),
    ];
    expect(cancellationShare(events)).toEqual({ total: 4, counted: 1, notCounted: 3, savedPercent: 75 });
    expect(cancellationShare([])).toEqual({ total: 0, counted: 0, notCounted: 0, savedPercent: 0 });
  });
  it('reasons breakdown, most frequent first', () => {
    const events = [
      ev('cancel-request-seen', 'a', { detail: 'Order Created by Mistake' }),
      ev('cancel-request-seen', 'b', { detail: 'Order Created by Mistake' }),
      ev('cancel-request-seen', 'c', { detail: 'platform' }),
      ev('cancellation', 'd', { detail: 'x' }),
    ];
    expect(reasonsBreakdown(events)).toEqual([
      { reason: 'Order Created by Mistake', count: 2 },
      { reason: undefined, count: 1 },
    ]);
  });
  it('repeat buyers: two or more orders with cancellations or requests, per platform, case-insensitive; one order counts once', () => {
    const events = [
      ev('cancellation', 'a', { buyer: 'Mallory' }),
      ev('cancel-request-seen', 'a', { buyer: 'Mallory' }),
      ev('cancel-request-seen', 'b', { buyer: ' mallory ' }),
      ev('cancellation', 'c', { buyer: 'Ruth' }),
      ev('cancellation', 'd', { buyer: 'Mallory', platform: 'etsy' }),
    ];
    const repeat = repeatBuyers(events);
    expect([...repeat]).toEqual([['amazon|mallory', 2]]);
    expect(repeat.get(buyerKey('amazon', 'MALLORY'))).toBe(2);
  });
  it('repeat buyers count refunds and disputes too, never orders merely seen, drafts or advice', () => {
    const events = [
      ev('refund', 'r1', { buyer: 'Trent', detail: 'full' }),
      ev('dispute-opened', 'r2', { buyer: 'Trent' }),
      ev('order-seen', 's1', { buyer: 'Peggy' }),
      ev('draft-used', 's2', { buyer: 'Peggy' }),
      ev('advice-given', 's3', { buyer: 'Peggy' }),
    ];
    expect([...repeatBuyers(events)]).toEqual([['amazon|trent', 2]]);
  });
});
