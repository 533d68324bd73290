// The guards the build makes (vite.config.ts) and the background injects: one per seller site,
// each carrying only that site's readers; Amazon's performance pages get the Account Health reader
// alone (its label dictionaries in every Seller Central language are the weight a Manage Orders
// page does not need), so every page stays within its content-script budget.
export type SellerSite = 'amazon' | 'etsy' | 'aliexpress' | 'ebay';
export type GuardName = SellerSite | 'amazon-health';

export const GUARD_SCRIPTS: Record<GuardName, { entry: string; file: string }> = {
  amazon: { entry: 'src/content/guards/amazon.ts', file: 'src/content/guard-amazon.js' },
  'amazon-health': { entry: 'src/content/guards/amazon-health.ts', file: 'src/content/guard-amazon-health.js' },
  etsy: { entry: 'src/content/guards/etsy.ts', file: 'src/content/guard-etsy.js' },
  aliexpress: { entry: 'src/content/guards/aliexpress.ts', file: 'src/content/guard-aliexpress.js' },
  ebay: { entry: 'src/content/guards/ebay.ts', file: 'src/content/guard-ebay.js' },
};

/** The guard for a page of `site` at `url` (the URL the starter's document loaded with). */
export function guardFor(site: SellerSite, url: string): GuardName {
  if (site !== 'amazon') return site;
  try {
    return new URL(url).pathname.startsWith('/performance/') ? 'amazon-health' : 'amazon';
  } catch {
    return 'amazon';
  }
}
