// TikTok Shop's sample pages for the demo and the e2e suite: each at its real URL, loading its data
// by `fetch` as the seller centre does, and the centre's answers to those calls, served at their
// paths whatever the query (the centre signs every call with a query of its own).
import { tiktokFixture } from '../test/fixtures/tiktok';
import type { TikTokFixture } from '../test/fixtures/tiktok/expected';
import type { SamplePage } from './sample-pages';

/** The demo's TikTok pages: fixture name → sample name. */
const DEMO: [string, string][] = [
  ['order-list-us', 'tiktok-us-orders'],
  ['order-detail-us', 'tiktok-us-order-detail'],
  ['health-us', 'tiktok-us-shop-health'],
  ['chat-us', 'tiktok-us-chat'],
  ['order-list-th', 'tiktok-th-orders'],
  ['health-th-over', 'tiktok-th-shop-health'],
  ['order-list-br', 'tiktok-br-orders'],
  ['order-detail-br-cancelled-by-tiktok', 'tiktok-br-order-cancelled'],
];

/** A fixture's page at its URL. */
export const tiktokPage = (f: TikTokFixture, name = `tiktok-${f.name}`): SamplePage => ({
  name,
  url: f.url,
  html: f.html,
});

/** The answers a fixture's page fetches, at their paths on its origin. */
export function tiktokAnswers(f: TikTokFixture): SamplePage[] {
  const origin = new URL(f.url).origin;
  return Object.entries(f.json ?? {}).map(([path, { body }]) => ({
    name: `tiktok-${f.name}-answer-${path.split('/').slice(-2).join('-')}`,
    url: `${origin}${path}`,
    html: () => JSON.stringify(body),
    contentType: 'application/json',
    anyQuery: true,
  }));
}

export const TIKTOK_SAMPLE_PAGES: SamplePage[] = DEMO.map(([fixture, name]) =>
  tiktokPage(tiktokFixture(fixture), name),
);
export const TIKTOK_SAMPLE_ANSWERS: SamplePage[] = DEMO.flatMap(([fixture]) => tiktokAnswers(tiktokFixture(fixture)));
