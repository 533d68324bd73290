// store/ holds everything a listing asks for: the images at the stores' exact sizes, the icon the
// extension ships, and text made from the catalogue within each store's length limits.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sellerManifest } from '../../build/manifest';
import { LOCALES } from '../../src/i18n/locales';
import {
  listingOf,
  PERMISSION_REASONS,
  PROMO_TILE,
  SCREENSHOT,
  SHOT_NAMES,
  STORE_LOCALES,
  storeTextFiles,
} from '../../scripts/store-text';

/** A PNG's width and height, from its IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('store listing material', () => {
  it.each(STORE_LOCALES.flatMap((l) => SHOT_NAMES.map((n) => `store/screenshots/${l}/${n}.png`)))(
    '%s is 1280×800',
    (file) => {
      expect(pngSize(file)).toEqual(SCREENSHOT);
    },
  );

  it('the promo tile is 440×280', () => {
    expect(pngSize('store/promo-tile-440x280.png')).toEqual(PROMO_TILE);
  });

  it('the store icon is the extension’s own 128 px icon (its artwork inside 96×96: icons.test.ts)', () => {
    expect(readFileSync('store/icon-128.png').equals(readFileSync('public/icons/icon-128.png'))).toBe(true);
    expect(pngSize('store/icon-128.png')).toEqual({ width: 128, height: 128 });
  });

  it('the text files are what the catalogue and the manifest make (npm run store:text)', () => {
    for (const [file, content] of Object.entries(storeTextFiles())) {
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8'), file).toBe(content);
    }
  });

  it('every permission the manifest asks for is justified', () => {
    const manifest = sellerManifest('0');
    for (const permission of [...manifest.permissions, 'host_permissions'])
      expect(PERMISSION_REASONS[permission]?.length, permission).toBeGreaterThan(80);
  });

  it.each(LOCALES)('%s: name, summary and description within the stores’ limits', (locale) => {
    const { name, summary, description } = listingOf(locale);
    // Chrome and Firefox: a manifest description of at most 132 characters; AMO's name at most 50.
    expect(name.length).toBeLessThanOrEqual(50);
    expect(summary.length).toBeGreaterThan(20);
    expect(summary.length).toBeLessThanOrEqual(132);
    // Edge Add-ons asks 250 to 10,000 characters (Chrome allows 16,000).
    expect(description.length).toBeGreaterThanOrEqual(250);
    expect(description.length).toBeLessThanOrEqual(10_000);
  });

  it('the privacy policy says what is stored, where, for how long, and that nothing is sent', () => {
    const policy = storeTextFiles()['store/privacy-policy.md']!;
    for (const heading of ['What is stored', 'Where', 'For how long', 'What is sent'])
      expect(policy).toContain(`## ${heading}`);
  });
});
