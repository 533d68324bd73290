// Mercado Libre's sample seller pages for the demo and the e2e suite, at their real URLs: the
// reputation page (Brazil from its embedded state, Mexico and Argentina by their text), the sales
// list (Brazil's built after load from its own bricks answer, which is served as the site serves
// it, to a POST), a sale's detail and its chat (open, and an empty thread's reason picker).
import { MERCADOLIBRE_FIXTURES } from '../test/fixtures/mercadolibre';
import type { SamplePage } from './sample-pages';

/** Sample name → fixture name (test/fixtures/mercadolibre). */
const PAGES: Record<string, string> = {
  'mercadolibre-br-reputation': 'reputation-br-leader',
  'mercadolibre-mx-reputation': 'reputation-mx-leader',
  'mercadolibre-ar-reputation-over': 'reputation-ar-over-limit',
  'mercadolibre-br-sales': 'sales-list-late',
  'mercadolibre-br-sales-empty': 'sales-list-late-empty',
  'mercadolibre-br-sales-ticked': 'sales-list-br-ticked',
  'mercadolibre-mx-sales': 'sales-list-mx',
  'mercadolibre-br-sale-detail': 'sale-detail-br',
  'mercadolibre-mx-sale-detail': 'sale-detail-mx',
  'mercadolibre-mx-chat': 'chat-mx-open',
  'mercadolibre-mx-chat-empty': 'chat-mx-reason-picker',
  'mercadolibre-br-redesigned-reputation': 'reputation-unknown-layout',
};

const fixture = (name: string) => MERCADOLIBRE_FIXTURES.find((f) => f.name === name)!;

export const MERCADOLIBRE_SAMPLE_PAGES: SamplePage[] = Object.entries(PAGES).map(([name, of]) => {
  const { url, html } = fixture(of);
  return { name, url, html };
});

/** The JSON the pages' own scripts ask for, at the URLs they ask (not pages to visit). */
export const MERCADOLIBRE_PAGE_ANSWERS: SamplePage[] = Object.entries(PAGES).flatMap(([name, of]) => {
  const f = fixture(of);
  return Object.entries(f.json ?? {}).map(([pathname, { body }]) => ({
    name: `${name}-answer`,
    url: `${new URL(f.url).origin}${pathname}`,
    html: () => JSON.stringify(body),
    contentType: 'application/json',
  }));
});
