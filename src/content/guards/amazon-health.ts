// The guard for Amazon's performance pages, Account Health (built as src/content/guard-amazon-health.js).
import { amazonHealthPages } from '../../sites/amazon/health-pages';
import { isAmazonOrigin } from '../../sites/amazon/detect';
import { runGuard } from '../run-guard';

runGuard(amazonHealthPages, isAmazonOrigin);
