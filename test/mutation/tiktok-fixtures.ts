// TikTok Shop's fixtures in the mutation suite, each as the seller sees it (drawn by its own script)
// with the answers its page received: the markup-only lists (the fallback), the answer-fed lists and
// detail pages (the rows as cross-check), shop health (the shown figures as cross-check) and chat.
import { TIKTOK_FIXTURES } from '../fixtures/tiktok';
import { renderedHtml } from '../fixtures/tiktok/render';
import type { ReaderFixture } from './reader-fixtures';

/** Status words, request tags, card titles and indicator titles the case operator may change. */
const LABELS = [
  'To ship',
  'Shipped',
  'Completed',
  'Canceled',
  'Awaiting collection',
  'Para enviar',
  'Cancelado',
  'Entregue',
  'Em trânsito',
  'Cancellation requested',
  'Cancelamento solicitado',
  'Seller-fault cancellation rate',
  'Seller fault cancellation rate',
  'Late dispatch rate',
  'Valid tracking rate',
  'Taxa de cancelamento por culpa do vendedor',
];

/** The 500-order page is the bench's; its variants would only repeat the US list's. */
const SKIP = new Set(['order-list-us-500', 'order-list-us-empty', 'homepage-us']);

export const TIKTOK_READER_FIXTURES: ReaderFixture[] = TIKTOK_FIXTURES.filter((f) => !SKIP.has(f.name)).map((f) => ({
  fixture: `tiktok-${f.name}`,
  url: f.url,
  html: () => renderedHtml(f.html()),
  json: Object.entries(f.json ?? {}).map(([path, { body }]) => ({ path, body: JSON.stringify(body) })),
  labels: LABELS,
}));
