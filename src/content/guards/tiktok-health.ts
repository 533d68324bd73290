// The guard for TikTok Shop's shop health pages (built as src/content/guard-tiktok-health.js).
import { tiktokHealthPages } from '../../sites/tiktok/health-pages';
import { runGuard } from '../run-guard';

runGuard(tiktokHealthPages);
