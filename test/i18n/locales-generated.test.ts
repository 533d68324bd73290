// public/_locales is generated from the catalogue (`npm run locales`): the committed files must be
// exactly what the generator writes, and every __MSG_…__ the manifest names must be there.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeFiles, MANIFEST_KEYS } from '../../src/i18n/manifest-messages';

describe('_locales', () => {
  const files = localeFiles();
  it('holds one folder per locale of the catalogue, and no other', () => {
    const folders = Object.keys(files).map((f) => f.split('/')[1]);
    expect(readdirSync('public/_locales').sort()).toEqual(folders.sort());
  });
  for (const [file, content] of Object.entries(files)) {
    it(`${file} is what npm run locales writes`, () => {
      expect(readFileSync(`public/${file}`, 'utf8')).toBe(content);
    });
  }
  it("has every message the manifest names, and each names its own locale (the pages' language)", () => {
    const manifest = readFileSync('manifest.json', 'utf8');
    const named = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(named.sort()).toEqual(Object.keys(MANIFEST_KEYS).sort());
    for (const [file, content] of Object.entries(files)) {
      const messages = JSON.parse(content) as Record<string, { message: string }>;
      for (const key of named) expect(messages[key]?.message, `${file} ${key}`).toBeTruthy();
      expect(messages.uiLocale!.message.replace('-', '_')).toBe(file.split('/')[1]);
    }
  });
});
