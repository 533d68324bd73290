// Every detector accepts its own test URLs and refuses every other URL in the corpus
// (github-url-detection's all × all check), and no URL outside our pages is claimed. The manifest
// built from the same origins is checked in test/build/manifest.test.ts.
import { describe, expect, it } from 'vitest';
import { isSellerOrigin } from '../../src/sites/seller-origins';
import { OTHER_URLS, PAGE_URLS } from '../../src/sites/page-urls';
import { PAGE_TYPES, pageTypeFor } from '../../src/sites/registry';

const urlsOf = (t: { platform: string; page: string }) =>
  PAGE_URLS[`${t.platform}/${t.page}` as keyof typeof PAGE_URLS] ?? [];

const corpus = PAGE_TYPES.flatMap((t) => urlsOf(t).map((url) => ({ url, owner: `${t.platform}/${t.page}` })));

describe('page detectors', () => {
  it('each page type has test URLs', () => {
    for (const t of PAGE_TYPES) expect(urlsOf(t).length, `${t.platform}/${t.page}`).toBeGreaterThan(0);
  });

  for (const type of PAGE_TYPES) {
    it(`${type.platform}/${type.page} accepts only its own URLs`, () => {
      for (const { url, owner } of corpus) {
        expect(type.detect(new URL(url)), `${url} (belongs to ${owner})`).toBe(
          owner === `${type.platform}/${type.page}`,
        );
      }
      for (const url of OTHER_URLS) expect(type.detect(new URL(url)), url).toBe(false);
    });
  }

  it('pageTypeFor finds exactly the owner', () => {
    for (const { url, owner } of corpus) {
      const t = pageTypeFor(new URL(url))!;
      expect(`${t.platform}/${t.page}`).toBe(owner);
    }
    for (const url of OTHER_URLS) expect(pageTypeFor(new URL(url))).toBeUndefined();
  });

  it('seller origins: https only, exact hosts, nothing that merely looks like one', () => {
    expect(isSellerOrigin('https://sellercentral.amazon.de/home')).toBe(true);
    expect(isSellerOrigin('https://sellercentral-europe.amazon.com/orders-v3')).toBe(true);
    expect(isSellerOrigin('https://www.etsy.com/your/shops/me/dashboard')).toBe(true);
    for (const url of [
      'http://sellercentral.amazon.com/',
      'https://sellercentral.amazon.com.evil.example/',
      'https://etsy.com/your/orders/sold',
      'https://aliexpress.com/',
      'not a url',
    ])
      expect(isSellerOrigin(url), url).toBe(false);
  });
});
