// Every colour the banner writes text in reads at 4.5:1 or more on the background it sits on, in
// light and in dark mode (WCAG 2.x contrast, computed from the palette the CSS is made of).
import { describe, expect, it } from 'vitest';
import { BANNER_CSS, PALETTE } from '../../src/content/banner-css';
import { LEVELS } from '../../src/core/types';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('banner colours', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The dark mode's old "Over the limit" colour, the one this test was written for.
    expect(contrast('#b91c1c', '#111827')).toBeCloseTo(2.74, 2);
  });

  for (const scheme of ['light', 'dark'] as const) {
    const p = PALETTE[scheme];
    it.each(LEVELS)(`${scheme}: the level "%s" in words reads at 4.5:1 on the banner`, (level) => {
      expect(contrast(p.level[level], p.background)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${scheme}: text, notes, links, buttons and warnings read at 4.5:1`, () => {
      const pairs: [string, string, string][] = [
        ['text', p.text, p.background],
        ['note', p.muted, p.background],
        ['link', p.link, p.background],
        ['button text', p.text, p.button],
        ['warning', p.warnText, p.warnBackground],
      ];
      for (const [what, fg, bg] of pairs) expect(contrast(fg, bg), what).toBeGreaterThanOrEqual(4.5);
    });
    it(`${scheme}: the level's edge and the borders stand out at 3:1 (non-text contrast)`, () => {
      for (const level of LEVELS) expect(contrast(p.level[level], p.background)).toBeGreaterThanOrEqual(3);
      expect(contrast(p.border, p.background)).toBeGreaterThanOrEqual(3);
    });
  }

  it('the CSS is made of this palette: dark mode gets its own colours', () => {
    expect(BANNER_CSS).toContain(`--over:${PALETTE.light.level.over};`);
    expect(BANNER_CSS).toMatch(
      new RegExp(`prefers-color-scheme: dark\\) \\{ :host \\{[^}]*--over:${PALETTE.dark.level.over};`),
    );
  });
});
