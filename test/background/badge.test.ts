import { describe, expect, it } from 'vitest';
import { badgeText } from '../../src/background/badge';
import type { GuardSummary } from '../../src/core/guard-view';

const s = (level: GuardSummary['level'], ratePercent?: number): GuardSummary => ({
  level,
  ratePercent,
  headline: { code: 'guard.headline' },
  details: [],
});

describe('badge', () => {
  it('shows the rate in at most four characters, "?" when unknown or unreadable', () => {
    expect(badgeText(s('near', 2.1))).toBe('2.1');
    expect(badgeText(s('over', 12.5))).toBe('13');
    expect(badgeText(s('over', 100))).toBe('100');
    expect(badgeText(s('unknown'))).toBe('?');
    expect(badgeText(s('none'))).toBe('');
    expect(badgeText(undefined)).toBe('?');
  });
  it("writes the decimal the browser's language writes", () => {
    expect(badgeText(s('near', 2.1), 'de')).toBe('2,1');
    expect(badgeText(s('near', 2), 'fr')).toBe('2,0');
    expect(badgeText(s('near', 2.1), 'zh-CN')).toBe('2.1');
  });
});
