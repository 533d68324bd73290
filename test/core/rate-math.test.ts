import { describe, expect, it } from 'vitest';
import { breaks, headroom, ratePercent, roundRate } from '../../src/core/rate-math';

describe('threshold arithmetic', () => {
  it('exactly 2.5% breaks a "below 2.5%" rule but not an "at most 2.5%" rule', () => {
    expect(breaks(1, 40, 2.5, 'below')).toBe(true);
    expect(breaks(1, 40, 2.5, 'at-most')).toBe(false);
    expect(breaks(1, 41, 2.5, 'below')).toBe(false); // 2.439%
    expect(breaks(1, 39, 2.5, 'at-most')).toBe(true); // 2.564%
  });
  it('headroom counts the cancellations that still fit', () => {
    expect(headroom(3, 156, 2.5, 'below')).toBe(0); // 4 of 156 = 2.56%
    expect(headroom(0, 156, 2.5, 'below')).toBe(3); // 3 of 156 = 1.92%, 4 breaks
    expect(headroom(0, 40, 2.5, 'below')).toBe(0); // 1 of 40 is exactly 2.5%
    expect(headroom(0, 40, 2.5, 'at-most')).toBe(1);
    expect(headroom(0, 30, 2.5, 'below')).toBe(0);
    expect(headroom(5, 30, 2.5, 'below')).toBe(0); // already over: never negative
    expect(headroom(0, 1000, 0.3, 'at-most')).toBe(3);
  });
  it('rounds like the platforms print', () => {
    expect(roundRate(ratePercent(3, 156))).toBe(1.92);
    expect(roundRate(ratePercent(1, 30))).toBe(3.33);
    expect(roundRate(ratePercent(4, 156))).toBe(2.56);
  });
});
