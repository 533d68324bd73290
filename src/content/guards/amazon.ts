// The guard for Amazon Seller Central's order pages and messages (built as src/content/guard-amazon.js,
// see ../run-guard.ts); Account Health has its own (./amazon-health.ts).
import { amazonOrderPages } from '../../sites/amazon/order-pages';
import { isAmazonOrigin } from '../../sites/amazon/detect';
import { runGuard } from '../run-guard';

runGuard(amazonOrderPages, isAmazonOrigin);
