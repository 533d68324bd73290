// The guards the build makes (vite.config.ts) and the background injects: one per seller site,
// each carrying only that site's readers; Amazon's performance pages get the Account Health reader
// alone (its label dictionaries in every Seller Central language are the weight a Manage Orders
// page does not need), and eBay's pages are split four ways for the same reason, so every page
// stays within its content-script budget.
export type SellerSite = 'amazon' | 'etsy' | 'aliexpress' | 'ebay';
export type GuardName = SellerSite | 'amazon-health' | 'ebay-orders' | 'ebay-cancel' | 'ebay-performance';

export const GUARD_SCRIPTS: Record<GuardName, { entry: string; file: string }> = {
  amazon: { entry: 'src/content/guards/amazon.ts', file: 'src/content/guard-amazon.js' },
  'amazon-health': { entry: 'src/content/guards/amazon-health.ts', file: 'src/content/guard-amazon-health.js' },
  etsy: { entry: 'src/content/guards/etsy.ts', file: 'src/content/guard-etsy.js' },
  aliexpress: { entry: 'src/content/guards/aliexpress.ts', file: 'src/content/guard-aliexpress.js' },
  ebay: { entry: 'src/content/guards/ebay.ts', file: 'src/content/guard-ebay.js' },
  'ebay-orders': { entry: 'src/content/guards/ebay-orders.ts', file: 'src/content/guard-ebay-orders.js' },
  'ebay-cancel': { entry: 'src/content/guards/ebay-cancel.ts', file: 'src/content/guard-ebay-cancel.js' },
  'ebay-performance': {
    entry: 'src/content/guards/ebay-performance.ts',
    file: 'src/content/guard-ebay-performance.js',
  },
};

/** eBay's builds by path, as its detectors tell its pages apart (src/sites/ebay/detect.ts). */
function ebayGuard(path: string): GuardName {
  if (/^\/sh\/performance\/?$/.test(path)) return 'ebay-performance';
  if (/^\/sh\/ord\/cancellations\/?$|^(\/cmr)?\/Cancel\//.test(path)) return 'ebay-cancel';
  if (/^\/sh\/ord\/?$/.test(path)) return 'ebay-orders';
  return 'ebay';
}

/** The guard for a page of `site` at `url` (the URL the starter's document loaded with). */
export function guardFor(site: SellerSite, url: string): GuardName {
  if (site !== 'amazon' && site !== 'ebay') return site;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return site;
  }
  if (site === 'ebay') return ebayGuard(path);
  return path.startsWith('/performance/') ? 'amazon-health' : 'amazon';
}
