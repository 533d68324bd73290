// The guard for TikTok Shop's orders, order detail and chat (built as src/content/guard-tiktok.js, see
// ../run-guard.ts); shop health has its own (./tiktok-health.ts).
import { tiktokOrderPages } from '../../sites/tiktok/pages';
import { isTiktokOrigin } from '../../sites/tiktok/regions';
import { runGuard } from '../run-guard';

runGuard(tiktokOrderPages, isTiktokOrigin);
