// Every origin a seller page of ours lives on, and whose it is. The manifest's host permissions are
// exactly these (test/sites/detect.test.ts); the background hears content scripts on these origins
// only, and injects the guard of the site the origin belongs to.
import type { SellerSite } from '../shared/guard-script';
import { AMAZON_MARKETPLACES } from './amazon/detect';
import { ORIGINS as EBAY_ORIGINS } from './ebay/marketplaces';

const SITE_OF_ORIGIN = new Map<string, SellerSite>([
  ...Object.keys(AMAZON_MARKETPLACES).map((host): [string, SellerSite] => [`https://${host}`, 'amazon']),
  ['https://www.etsy.com', 'etsy'],
  ['https://csp.aliexpress.com', 'aliexpress'],
  ['https://gsp.aliexpress.com', 'aliexpress'],
  ...Object.keys(EBAY_ORIGINS).map((origin): [string, SellerSite] => [origin, 'ebay']),
]);

export const SELLER_ORIGINS: readonly string[] = [...SITE_OF_ORIGIN.keys()];

export function sellerSiteOf(url: string): SellerSite | undefined {
  try {
    return SITE_OF_ORIGIN.get(new URL(url).origin);
  } catch {
    return undefined;
  }
}

export const isSellerOrigin = (url: string): boolean => sellerSiteOf(url) !== undefined;
