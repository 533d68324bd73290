// The guard for Etsy's shop manager pages (built as src/content/guard-etsy.js, see ../run-guard.ts).
import { etsyPages } from '../../sites/etsy/pages';
import { isEtsyOrigin } from '../../sites/etsy/detect';
import { runGuard } from '../run-guard';

runGuard(etsyPages, isEtsyOrigin);
