import { describe, expect, it } from 'vitest';
import { badgeText } from '../../src/background/badge';

describe('badge', () => {
  it('shows the rate in at most four characters, "?" when unknown or unreadable', () => {
    const s = (level: 'ok' | 'near' | 'over' | 'unknown' | 'none', ratePercent?: number) => ({
      level,
      ratePercent,
      headline: '',
      details: [],
    });
    expect(badgeText(s('near', 2.1))).toBe('2.1');
    expect(badgeText(s('over', 12.5))).toBe('13');
    expect(badgeText(s('over', 100))).toBe('100');
    expect(badgeText(s('unknown'))).toBe('?');
    expect(badgeText(s('none'))).toBe('');
    expect(badgeText(undefined)).toBe('?');
  });
});
