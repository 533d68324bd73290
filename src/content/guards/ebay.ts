// The guard for eBay Seller Hub's pages (built as src/content/guard-ebay.js, see ../run-guard.ts).
import { ebayPages } from '../../sites/ebay/pages';
import { runGuard } from '../run-guard';

runGuard(ebayPages);
