// The guard for TikTok Shop's shop health pages (built as src/content/guard-tiktok-health.js).
import { tiktokHealthPages } from '../../sites/tiktok/health-pages';
import { isTiktokOrigin } from '../../sites/tiktok/regions';
import { runGuard } from '../run-guard';

runGuard(tiktokHealthPages, isTiktokOrigin);
