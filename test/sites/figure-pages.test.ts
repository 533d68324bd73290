// Every figure page Seller Guard sends a seller to is a page its own detectors recognise as that
// platform's figure page (or, for Etsy and AliExpress, its order list), on each of its hosts.
import { describe, expect, it } from 'vitest';
import { figureHref } from '../../src/content/figure-link';
import type { Platform } from '../../src/core/types';
import { sellerSiteOf } from '../../src/sites/seller-origins';
import { isAliExpressOrderList } from '../../src/sites/aliexpress/detect';
import { isAmazonAccountHealth } from '../../src/sites/amazon/detect';
import { isEbayPerformance } from '../../src/sites/ebay/detect';
import { isEtsyOrderList } from '../../src/sites/etsy/detect';
import { isMercadoLibreReputation } from '../../src/sites/mercadolibre/detect';
import { isTikTokShopHealth } from '../../src/sites/tiktok/detect';
import { platformChoices } from '../../src/sites/platform-choices';
import { offered } from '../../src/welcome/offered';

const DETECTS = {
  amazon: isAmazonAccountHealth,
  ebay: isEbayPerformance,
  mercadolibre: isMercadoLibreReputation,
  tiktok: isTikTokShopHealth,
  etsy: isEtsyOrderList,
  aliexpress: isAliExpressOrderList,
};

/** The platform's origins as the whole table knows them. */
const own = (platform: Platform) => (origin: string) => sellerSiteOf(origin) === platform;

describe("the welcome page's buttons", () => {
  const choices = platformChoices();
  it('one per platform, each with at least one host', () => {
    expect(choices.map((c) => c.platform)).toEqual(['amazon', 'ebay', 'mercadolibre', 'tiktok', 'etsy', 'aliexpress']);
    for (const c of choices) expect(c.choices.length, c.platform).toBeGreaterThan(0);
  });

  it.each(Object.keys(DETECTS))("%s: every host's button opens the page its detector knows", (platform) => {
    const choice = choices.find((c) => c.platform === platform)!;
    for (const { url } of choice.choices)
      expect(DETECTS[platform as keyof typeof DETECTS](new URL(url)), url).toBe(true);
  });

  it('a marketplace picker where the host differs: every Amazon marketplace, one host each', () => {
    const amazon = choices.find((c) => c.platform === 'amazon')!.choices;
    expect(amazon).toHaveLength(19);
    expect(amazon).toContainEqual({
      label: 'DE · sellercentral.amazon.de',
      url: 'https://sellercentral.amazon.de/performance/dashboard',
    });
    expect(new Set(amazon.map((c) => c.url)).size).toBe(amazon.length);
  });
});

describe("the banner's link to the figure page", () => {
  it("is the same site's figure page, for a seller page of that platform", () => {
    expect(
      figureHref('amazon', 'https://sellercentral.amazon.de/orders-v3/order/028-5550123-4567890', own('amazon')),
    ).toBe('https://sellercentral.amazon.de/performance/dashboard');
  });
  it('is never made for a page off the seller sites, off https, or of another platform', () => {
    expect(figureHref('amazon', 'https://evil.example/orders-v3', own('amazon'))).toBeUndefined();
    expect(figureHref('amazon', 'http://sellercentral.amazon.com/orders-v3', own('amazon'))).toBeUndefined();
    expect(figureHref('amazon', 'https://www.etsy.com/your/orders/sold', own('amazon'))).toBeUndefined();
    expect(figureHref('etsy', 'https://www.etsy.com/your/orders/sold', own('etsy'))).toBeUndefined();
    expect(figureHref('amazon', 'not a url', own('amazon'))).toBeUndefined();
  });
});

describe('the platforms offered on the welcome page', () => {
  it('are those whose seller hosts this build may read, each with only those hosts', () => {
    const shown = offered(platformChoices(), [
      'https://sellercentral.amazon.de/*',
      'https://www.etsy.com/*',
      'https://gsp.aliexpress.com/*',
    ]);
    expect(shown.map((c) => [c.platform, c.choices.map((x) => x.url)])).toEqual([
      ['amazon', ['https://sellercentral.amazon.de/performance/dashboard']],
      ['etsy', ['https://www.etsy.com/your/orders/sold']],
      ['aliexpress', ['https://gsp.aliexpress.com/m_apps/order-manage/orderList']],
    ]);
  });
});
