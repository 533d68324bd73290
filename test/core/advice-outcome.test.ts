import { describe, expect, it } from 'vitest';
import { adviceOutcome } from '../../src/core/advice-outcome';

const cancelled = (counted: boolean) => ({ kind: 'cancelled' as const, counted });
const shipped = { kind: 'shipped' as const };

describe('adviceOutcome', () => {
  it("the buyer's own route: followed when the cancellation did not count, not followed when it did", () => {
    expect(adviceOutcome('ask-buyer-to-request-cancellation', cancelled(false))).toBe('followed');
    expect(adviceOutcome('ask-buyer-to-request-cancellation', cancelled(true))).toBe('not-followed');
    expect(adviceOutcome('confirm-buyer-cancellation', cancelled(false))).toBe('followed');
    // It shipped after all: the buyer changed their mind; nothing to judge.
    expect(adviceOutcome('ask-buyer-to-request-cancellation', shipped)).toBeUndefined();
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
