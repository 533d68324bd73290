// Each guard build checks origins against its own site's table only (so it carries no other site's
// table); each check must say exactly what the whole table says.
import { describe, expect, it } from 'vitest';
import type { SellerSite } from '../../src/shared/guard-script';
import { isAliExpressOrigin } from '../../src/sites/aliexpress/detect';
import { isAmazonOrigin } from '../../src/sites/amazon/detect';
import { isEbayOrigin } from '../../src/sites/ebay/marketplaces';
import { isEtsyOrigin } from '../../src/sites/etsy/detect';
import { isMercadoLibreOrigin } from '../../src/sites/mercadolibre/marketplaces';
import { SELLER_ORIGINS, sellerSiteOf } from '../../src/sites/seller-origins';
import { isTiktokOrigin } from '../../src/sites/tiktok/regions';

const OWN: Record<SellerSite, (origin: string) => boolean> = {
  amazon: isAmazonOrigin,
  etsy: isEtsyOrigin,
  aliexpress: isAliExpressOrigin,
  ebay: isEbayOrigin,
  mercadolibre: isMercadoLibreOrigin,
  tiktok: isTiktokOrigin,
};

describe("each site's own origin check", () => {
  it.each(Object.entries(OWN))('%s: exactly its origins in the whole table', (site, own) => {
    const others = [
      'https://evil.example',
      'http://sellercentral.amazon.com',
      'https://www.etsy.com.evil.example',
      'constructor',
    ];
    for (const origin of [...SELLER_ORIGINS, ...others])
      expect(own(origin), origin).toBe(sellerSiteOf(origin) === site);
  });
});
