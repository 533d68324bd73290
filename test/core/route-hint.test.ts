import { describe, expect, it } from 'vitest';
import { RULEBOOKS } from '../../src/core/rulebooks';
import { routeHint } from '../../src/core/route-hint';

describe('route hint', () => {
  it("Amazon: the buyer's own request, never for out of stock", () => {
    expect(routeHint(RULEBOOKS.amazon)).toBe(
      'If the buyer wants to cancel, ask them to use Your Orders › Request cancellation: then it does not count. Never for an out-of-stock order: cancel that yourself with reason NoInventory.',
    );
  });
  it('TikTok: never ask; Etsy: nothing to route', () => {
    expect(routeHint(RULEBOOKS.tiktok)).toContain('forbids asking the buyer to cancel');
    expect(routeHint(RULEBOOKS.etsy)).toBeUndefined();
  });
});
