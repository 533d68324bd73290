// The guard for TikTok Shop seller centres (built as src/content/guard-tiktok.js, see ../run-guard.ts).
import { tiktokPages } from '../../sites/tiktok/pages';
import { runGuard } from '../run-guard';

runGuard(tiktokPages);
