// The guard for Amazon Seller Central pages (built as src/content/guard-amazon.js, see ../run-guard.ts).
import { amazonPages } from '../../sites/amazon/pages';
import { runGuard } from '../run-guard';

runGuard(amazonPages);
