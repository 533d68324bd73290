// The committed icons are what scripts/icon.ts draws, at every size the manifest names.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import base from '../../manifest.json' with { type: 'json' };
import { decodePng, encodePng, iconScanlines, ICONS } from '../../scripts/icon';

const pixelsOf = (size: number) => decodePng(readFileSync(`public/icons/icon-${size}.png`));
/** The alpha of pixel (x, y) in RGBA scanlines with a filter byte per row. */
const alpha = (scanlines: Buffer, size: number, x: number, y: number) => scanlines[y * (1 + size * 4) + 1 + x * 4 + 3]!;

describe('icons', () => {
  it('the manifest names exactly the sizes the script draws', () => {
    expect(Object.keys(base.icons).map(Number)).toEqual(ICONS.map((i) => i.size));
  });

  it.each(ICONS)('icon-$size.png is the drawn artwork, pixel for pixel', ({ size, inset }) => {
    const committed = pixelsOf(size);
    expect(committed.size).toBe(size);
    expect(committed.scanlines.equals(iconScanlines(size, inset))).toBe(true);
  });

  it('the 128 px icon keeps its artwork within the middle 96×96, as the stores ask', () => {
    const { scanlines } = pixelsOf(128);
    let [minX, minY, maxX, maxY] = [128, 128, -1, -1];
    for (let y = 0; y < 128; y++)
      for (let x = 0; x < 128; x++)
        if (alpha(scanlines, 128, x, y) > 0) {
          [minX, minY] = [Math.min(minX, x), Math.min(minY, y)];
          [maxX, maxY] = [Math.max(maxX, x), Math.max(maxY, y)];
        }
    expect(minX).toBeGreaterThanOrEqual(16);
    expect(minY).toBeGreaterThanOrEqual(16);
    expect(maxX).toBeLessThan(112);
    expect(maxY).toBeLessThan(112);
  });

  it('a PNG written by the script reads back to the same pixels', () => {
    const lines = iconScanlines(16);
    expect(decodePng(encodePng(16, lines))).toEqual({ size: 16, scanlines: lines });
  });
});
