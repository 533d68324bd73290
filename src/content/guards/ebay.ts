// The guard for eBay's order page and its message-buyer frame (built as src/content/guard-ebay.js, see ../run-guard.ts).
import { ebayOrderPages } from '../../sites/ebay/order-pages';
import { isEbayOrigin } from '../../sites/ebay/marketplaces';
import { runGuard } from '../run-guard';

runGuard(ebayOrderPages, isEbayOrigin);
