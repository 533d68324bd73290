// The guard for AliExpress seller centre pages (built as src/content/guard-aliexpress.js, see ../run-guard.ts).
import { aliexpressPages } from '../../sites/aliexpress/pages';
import { isAliExpressOrigin } from '../../sites/aliexpress/detect';
import { runGuard } from '../run-guard';

runGuard(aliexpressPages, isAliExpressOrigin);
