// The guard for TikTok Shop's orders, order detail and chat (built as src/content/guard-tiktok.js, see
// ../run-guard.ts); shop health has its own (./tiktok-health.ts).
import { tiktokOrderPages } from '../../sites/tiktok/pages';
import { isTiktokOrigin } from '../../sites/tiktok/regions';
import { pageJsonFromStarter } from '../page-json-handoff';
import { runGuard } from '../run-guard';

const pageJson = pageJsonFromStarter();

// Manage orders is built by the background from the centre's answer (fedBy). An answer the
// background hands back is read here without it (guard-page.tsx), but TikTok's whole reader is the
// one that decides what the background cannot: rows still being drawn (it waits), totals that
// disagree (it refuses the page), deadlines against TikTok's own count (another answer). It makes
// those calls from the same answer, and ignores an answer that does not know the rows, so it gets it.
const pages = tiktokOrderPages.map((type) =>
  type.fedBy ? { ...type, read: (doc: Document, url: URL) => type.read(doc, url, pageJson) } : type,
);

runGuard(pages, isTiktokOrigin);
