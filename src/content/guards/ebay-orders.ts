// The guard for eBay Seller Hub's Manage orders (built as src/content/guard-ebay-orders.js, see ../run-guard.ts).
import { ebayListPages } from '../../sites/ebay/list-pages';
import { isEbayOrigin } from '../../sites/ebay/marketplaces';
import { runGuard } from '../run-guard';

runGuard(ebayListPages, isEbayOrigin);
