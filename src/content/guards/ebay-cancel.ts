// The guard for eBay's cancellation pages (built as src/content/guard-ebay-cancel.js, see ../run-guard.ts).
import { ebayCancelPages } from '../../sites/ebay/cancel-pages';
import { isEbayOrigin } from '../../sites/ebay/marketplaces';
import { runGuard } from '../run-guard';

runGuard(ebayCancelPages, isEbayOrigin);
