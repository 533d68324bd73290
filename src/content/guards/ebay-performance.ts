// The guard for eBay's Performance page (the seller-level box) (built as src/content/guard-ebay-performance.js, see ../run-guard.ts).
import { ebayPerformancePages } from '../../sites/ebay/performance-pages';
import { isEbayOrigin } from '../../sites/ebay/marketplaces';
import { runGuard } from '../run-guard';

runGuard(ebayPerformancePages, isEbayOrigin);
