// Every origin a seller page of ours lives on. The manifest's host permissions are exactly these
// (test/sites/detect.test.ts), and the background hears content scripts on these origins only.
import { AMAZON_MARKETPLACES } from './amazon/detect';

export const SELLER_ORIGINS: readonly string[] = [
  ...Object.keys(AMAZON_MARKETPLACES).map((host) => `https://${host}`),
  'https://www.etsy.com',
  'https://csp.aliexpress.com',
  'https://gsp.aliexpress.com',
];

export function isSellerOrigin(url: string): boolean {
  try {
    return SELLER_ORIGINS.includes(new URL(url).origin);
  } catch {
    return false;
  }
}
