import { describe, expect, it } from 'vitest';
import { RULEBOOKS } from '../../src/core/rulebooks';
import { routeHint } from '../../src/core/route-hint';

describe('route hint', () => {
  it("Amazon: the buyer's own request, never for out of stock", () => {
    expect(routeHint(RULEBOOKS.amazon)).toEqual({
      code: 'hint.ask-not-out-of-stock',
      params: { flow: { code: 'flow.amazon' }, reason: 'NoInventory' },
    });
  });
  it('TikTok: never ask; Etsy: nothing to route (only the seller cancels)', () => {
    expect(routeHint(RULEBOOKS.tiktok)).toEqual({
      code: 'hint.never-ask',
      params: { platform: 'TikTok Shop', reason: 'buyer-requested' },
    });
    expect(routeHint(RULEBOOKS.etsy)).toBeUndefined();
  });
});
