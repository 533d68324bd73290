// A buyer's cancellation request open on a TikTok order that has left with its tracking: the order
// page says to decline it by uploading the tracking (and by when), first; nothing else is told so.
import { describe, expect, it } from 'vitest';
import { declineByTracking } from '../../src/core/decline-by-tracking';
import { aboutShipped } from '../../src/core/order-lines';
import { RULEBOOKS } from '../../src/core/rulebooks';
import type { OrderSeen } from '../../src/core/types';

const NOW = Date.UTC(2026, 10, 18, 12);
const AT = NOW + 6 * 3_600_000;
const order = (over: Partial<OrderSeen> = {}): OrderSeen => ({
  platform: 'tiktok',
  marketplace: 'US',
  id: '576461413038785821',
  items: [],
  status: 'shipped',
  fulfilment: 'merchant',
  hasTracking: true,
  cancelRequest: { viaPlatform: true, answerBy: AT },
  ...over,
});

describe('decline by tracking', () => {
  it('is a shipped or delivered order, shipped by the seller, with the buyer’s request through TikTok open', () => {
    expect(declineByTracking(RULEBOOKS.tiktok, order())).toBe(true);
    expect(declineByTracking(RULEBOOKS.tiktok, order({ status: 'delivered' }))).toBe(true);
    // Tracking on an order still marked to ship (printed, awaiting collection) is the same route.
    expect(declineByTracking(RULEBOOKS.tiktok, order({ status: 'unshipped' }))).toBe(true);
  });

  it('is never an order with no request, a request by message, no tracking, unknown status, cancelled or FBT', () => {
    for (const over of [
      { cancelRequest: undefined },
      { cancelRequest: { viaPlatform: false } },
      { hasTracking: false },
      { status: 'unshipped' as const, hasTracking: undefined },
      { status: 'unknown' as const, hasTracking: undefined },
      { status: 'cancelled' as const },
      { fulfilment: 'platform' as const },
    ])
      expect(declineByTracking(RULEBOOKS.tiktok, order(over))).toBe(false);
  });

  it('is the US seller centre’s route only: no other region says a request is declined by tracking', () => {
    for (const marketplace of ['TH', 'VN', 'ID', 'MY', 'PH', 'SG', 'UK', 'MX', 'BR', 'JP', 'XX'])
      expect(declineByTracking(RULEBOOKS.tiktok, order({ marketplace }))).toBe(false);
    expect(aboutShipped(RULEBOOKS.tiktok, order({ marketplace: 'TH' }), NOW)).toEqual([{ code: 'guard.shipped' }]);
  });

  it('is TikTok’s route only: platforms without it never tell it', () => {
    for (const platform of ['amazon', 'ebay', 'etsy', 'aliexpress', 'mercadolibre'] as const)
      expect(declineByTracking(RULEBOOKS[platform], order({ platform }))).toBe(false);
  });
});

describe('the order page of a shipped TikTok order', () => {
  it('says first to decline the request by uploading the tracking before TikTok approves it, with the time', () => {
    expect(aboutShipped(RULEBOOKS.tiktok, order(), NOW)).toEqual([
      { code: 'guard.decline-by-tracking-by', params: { platform: 'TikTok Shop', at: AT } },
      { code: 'guard.shipped' },
    ]);
  });

  it('without a deadline in the answer, or past it, says the route without a time; without a request, only that it shipped', () => {
    expect(aboutShipped(RULEBOOKS.tiktok, order(), AT + 1)[0]).toEqual({
      code: 'guard.decline-by-tracking',
      params: { platform: 'TikTok Shop' },
    });
    expect(aboutShipped(RULEBOOKS.tiktok, order({ cancelRequest: { viaPlatform: true } }), NOW)[0]).toEqual({
      code: 'guard.decline-by-tracking',
      params: { platform: 'TikTok Shop' },
    });
    expect(aboutShipped(RULEBOOKS.tiktok, order({ cancelRequest: undefined }), NOW)).toEqual([
      { code: 'guard.shipped' },
    ]);
  });
});
