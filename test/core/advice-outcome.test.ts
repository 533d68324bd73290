import { describe, expect, it } from 'vitest';
import { adviceOutcome } from '../../src/core/advice-outcome';
import type { AskedVia } from '../../src/core/rulebooks';

const cancelled = (counted: boolean, route: AskedVia = 'platform-request') => ({
  kind: 'cancelled' as const,
  counted,
  route,
});
const shipped = { kind: 'shipped' as const };

describe('adviceOutcome', () => {
  it("the buyer's own route: followed when the cancellation did not count, not followed when it did", () => {
    expect(adviceOutcome('ask-buyer-to-request-cancellation', cancelled(false))).toBe('followed');
    expect(adviceOutcome('ask-buyer-to-request-cancellation', cancelled(true))).toBe('not-followed');
    expect(adviceOutcome('confirm-buyer-cancellation', cancelled(false))).toBe('followed');
    expect(adviceOutcome('confirm-buyer-cancellation', cancelled(false, 'message'))).toBe('followed');
    expect(adviceOutcome('confirm-buyer-cancellation', cancelled(true, 'message'))).toBe('not-followed');
    // It shipped after all: the buyer changed their mind; nothing to judge.
    expect(adviceOutcome('ask-buyer-to-request-cancellation', shipped)).toBeUndefined();
  });

  it('judged by the way the cancellation came, not only by "not counted" (Etsy counts nothing)', () => {
    // The seller cancelled it themselves where nothing counts: the buyer's request was not used.
    expect(adviceOutcome('ask-buyer-to-request-cancellation', cancelled(false, 'seller'))).toBe('not-followed');
    // The buyer asked by message, not through the platform's request the advice pointed to.
    expect(adviceOutcome('ask-buyer-to-request-cancellation', cancelled(false, 'message'))).toBe('not-followed');
    expect(adviceOutcome('confirm-buyer-cancellation', cancelled(false, 'seller'))).toBe('not-followed');
  });

  it('"cancel" is followed by a cancellation, counted or not', () => {
    expect(adviceOutcome('cancel', cancelled(true))).toBe('followed');
    expect(adviceOutcome('cancel', shipped)).toBe('not-followed');
  });

  it('advice that keeps the sale is followed when the order ships', () => {
    for (const kind of ['ship-to-order-address', 'replacement', 'decline-cancellation', 'contact-buyer'] as const) {
      expect(adviceOutcome(kind, shipped), kind).toBe('followed');
      expect(adviceOutcome(kind, cancelled(true)), kind).toBe('not-followed');
    }
  });

  it('advice whose outcome the order cannot show stays unjudged', () => {
    for (const kind of ['gather-evidence', 'escalate-to-platform', 'refund', 'ask-why-cancelled'] as const) {
      expect(adviceOutcome(kind, shipped)).toBeUndefined();
      expect(adviceOutcome(kind, cancelled(true))).toBeUndefined();
    }
  });
});
