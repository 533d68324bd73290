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
  ['order-detail-us-shipped-request', 'tiktok-us-order-shipped-request'],
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

/**
 * One answer per address: the detail pages of one centre post to the same order/get path, so their
 * answer carries each page's order (a reader takes the one its URL names), as each page's own call would.
 */
function onePerAddress(answers: SamplePage[]): SamplePage[] {
  const byUrl = new Map<string, SamplePage[]>();
  for (const a of answers) byUrl.set(a.url, [...(byUrl.get(a.url) ?? []), a]);
  return [...byUrl.values()].map((same) => {
    if (same.length === 1) return same[0]!;
    const bodies = same.map((a) => JSON.parse(a.html()) as { data?: { main_order?: unknown[] } });
    if (bodies.some((b) => !Array.isArray(b.data?.main_order)))
      throw new Error(`two sample answers at ${same[0]!.url} that cannot be one`);
    const merged = { ...bodies[0], data: { main_order: bodies.flatMap((b) => b.data!.main_order!) } };
    return { ...same[0]!, html: () => JSON.stringify(merged) };
  });
}

export const TIKTOK_SAMPLE_ANSWERS: SamplePage[] = onePerAddress(
  DEMO.flatMap(([fixture]) => tiktokAnswers(tiktokFixture(fixture))),
);
