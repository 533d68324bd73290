// The guards the build makes (vite.config.ts) and the background injects: one per seller site,
// each carrying only that site's readers; Amazon's performance pages get the Account Health reader
// alone (its label dictionaries in every Seller Central language are the weight a Manage Orders
// page does not need), and so do TikTok's shop health (the label-reading toolkit of its
// cross-check) and Mercado Libre's reputation page; eBay's pages are split four ways for the same
// reason, so every page stays within its content-script budget.
export type SellerSite = 'amazon' | 'etsy' | 'aliexpress' | 'ebay' | 'tiktok' | 'mercadolibre';
export type GuardName =
  | SellerSite
  | 'amazon-health'
  | 'ebay-orders'
  | 'ebay-cancel'
  | 'ebay-performance'
  | 'tiktok-health'
  | 'mercadolibre-reputation';

export const GUARD_SCRIPTS: Record<GuardName, { entry: string; file: string }> = {
  amazon: { entry: 'src/content/guards/amazon.ts', file: 'src/content/guard-amazon.js' },
  'amazon-health': { entry: 'src/content/guards/amazon-health.ts', file: 'src/content/guard-amazon-health.js' },
  etsy: { entry: 'src/content/guards/etsy.ts', file: 'src/content/guard-etsy.js' },
  aliexpress: { entry: 'src/content/guards/aliexpress.ts', file: 'src/content/guard-aliexpress.js' },
  tiktok: { entry: 'src/content/guards/tiktok.ts', file: 'src/content/guard-tiktok.js' },
  'tiktok-health': { entry: 'src/content/guards/tiktok-health.ts', file: 'src/content/guard-tiktok-health.js' },
  mercadolibre: { entry: 'src/content/guards/mercadolibre.ts', file: 'src/content/guard-mercadolibre.js' },
  'mercadolibre-reputation': {
    entry: 'src/content/guards/mercadolibre-reputation.ts',
    file: 'src/content/guard-mercadolibre-reputation.js',
  },
  ebay: { entry: 'src/content/guards/ebay.ts', file: 'src/content/guard-ebay.js' },
  'ebay-orders': { entry: 'src/content/guards/ebay-orders.ts', file: 'src/content/guard-ebay-orders.js' },
  'ebay-cancel': { entry: 'src/content/guards/ebay-cancel.ts', file: 'src/content/guard-ebay-cancel.js' },
  'ebay-performance': {
    entry: 'src/content/guards/ebay-performance.ts',
    file: 'src/content/guard-ebay-performance.js',
  },
};

/** Sites whose health pages have a guard of their own, and where those pages are. */
const HEALTH_GUARDS: Partial<Record<SellerSite, [GuardName, RegExp]>> = {
  amazon: ['amazon-health', /^\/performance\//],
  tiktok: ['tiktok-health', /^\/(?:account\/health|health-center)(?:\/|$)/],
  mercadolibre: ['mercadolibre-reputation', /^\/(?:reputacao|reputacion)(?:\/|$)/],
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
  if (site === 'ebay') {
    try {
      return ebayGuard(new URL(url).pathname);
    } catch {
      return site;
    }
  }
  const health = HEALTH_GUARDS[site];
  if (!health) return site;
  try {
    return health[1].test(new URL(url).pathname) ? health[0] : site;
  } catch {
    return site;
  }
}

/** The layout report (src/content/layout-report/), injected only when a seller asks for one. */
export const LAYOUT_REPORT_SCRIPT = {
  entry: 'src/content/layout-report/index.ts',
  file: 'src/content/layout-report.js',
} as const;
