// The all × all check for a platform's detectors (github-url-detection's pattern): each detector
// accepts exactly its own URLs, refuses its siblings', the platform's "other" URLs and every URL of
// every other platform. Shared by the eBay, Mercado Libre and TikTok detector tests until these
// platforms join src/sites/registry.ts and test/sites/detect.test.ts covers them.
import { expect, it } from 'vitest';
import { EBAY_OTHER_URLS, EBAY_PAGE_URLS } from '../../../src/sites/ebay/page-urls';
import { MERCADOLIBRE_OTHER_URLS, MERCADOLIBRE_PAGE_URLS } from '../../../src/sites/mercadolibre/page-urls';
import { OTHER_URLS, PAGE_URLS } from '../../../src/sites/page-urls';
import { TIKTOK_OTHER_URLS, TIKTOK_PAGE_URLS } from '../../../src/sites/tiktok/page-urls';

export interface DetectorTable {
  readonly page: string;
  readonly detect: (url: URL) => boolean;
  readonly urls: readonly string[];
}

const TABLES: Record<string, { pages: readonly DetectorTable[]; others: readonly string[] }> = {
  ebay: { pages: EBAY_PAGE_URLS, others: EBAY_OTHER_URLS },
  mercadolibre: { pages: MERCADOLIBRE_PAGE_URLS, others: MERCADOLIBRE_OTHER_URLS },
  tiktok: { pages: TIKTOK_PAGE_URLS, others: TIKTOK_OTHER_URLS },
};

/** Every URL the other platforms (new and registered) own or list as "other". */
function foreignUrls(platform: string): string[] {
  // A platform already registered is in the registry's tables too: its own URLs are not foreign to it.
  const registered = [
    ...Object.entries(PAGE_URLS)
      .filter(([key]) => !key.startsWith(`${platform}/`))
      .flatMap(([, urls]) => urls),
    ...OTHER_URLS.filter((url) => !TABLES[platform]!.others.includes(url)),
  ];
  const fresh = Object.entries(TABLES)
    .filter(([name]) => name !== platform)
    .flatMap(([, t]) => [...t.pages.flatMap((p) => p.urls), ...t.others]);
  return [...registered, ...fresh];
}

export function itChecksDetectorsAllByAll(platform: keyof typeof TABLES): void {
  const { pages, others } = TABLES[platform]!;
  it('each page type has test URLs, and no URL is listed twice', () => {
    for (const p of pages) expect(p.urls.length, p.page).toBeGreaterThan(0);
    const all = [...pages.flatMap((p) => p.urls), ...others];
    expect(new Set(all).size).toBe(all.length);
  });
  for (const p of pages) {
    it(`${platform}/${p.page} accepts exactly its own URLs`, () => {
      for (const owner of pages)
        for (const url of owner.urls)
          expect(p.detect(new URL(url)), `${url} (belongs to ${owner.page})`).toBe(owner === p);
      for (const url of others) expect(p.detect(new URL(url)), url).toBe(false);
      for (const url of foreignUrls(platform)) expect(p.detect(new URL(url)), url).toBe(false);
    });
  }
}
