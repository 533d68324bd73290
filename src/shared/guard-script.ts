// The guards the build makes (vite.config.ts) and the background injects: one per seller site,
// each carrying only that site's readers.
export type SellerSite = 'amazon' | 'etsy' | 'aliexpress';

export const GUARD_SCRIPTS: Record<SellerSite, { entry: string; file: string }> = {
  amazon: { entry: 'src/content/guards/amazon.ts', file: 'src/content/guard-amazon.js' },
  etsy: { entry: 'src/content/guards/etsy.ts', file: 'src/content/guard-etsy.js' },
  aliexpress: { entry: 'src/content/guards/aliexpress.ts', file: 'src/content/guard-aliexpress.js' },
};
