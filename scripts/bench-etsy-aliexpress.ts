// Etsy's and AliExpress's 500-order lists in `npm run bench`, beside the other platforms': read +
// render in real Chromium at their real URLs. Etsy's sold orders come from the state the page embeds
// (Etsy.Context), AliExpress's m_apps list from its markup alone (no answer of its own is read), drawn as
// Fusion's group list draws it.
import type { BrowserContext } from '@playwright/test';
import { aeListHtml, SAMPLE_ZH, type AeOrder } from '../test/fixtures/aliexpress/order-list-builder';
import {
  etsyPage,
  SAMPLE_ORDERS,
  STATES_EN,
  type EtsyBuyer,
  type EtsyOrderInput,
} from '../test/fixtures/etsy/context-builder';
import type { Report } from './bench-ebay';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import type { SamplePage } from './sample-pages';

const ETSY_URL = 'https://www.etsy.com/your/orders/sold?bench=500';
const ALIEXPRESS_URL = 'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2&bench=500';
const N = 500;

/** 500 orders from 500 buyers, the samples' statuses and items in turn. */
function etsyHtml(): string {
  const buyers: EtsyBuyer[] = Array.from({ length: N }, (_, i) => ({
    buyer_id: 10_000 + i,
    name: `Buyer ${i}`,
    username: `buyer${i}`,
  }));
  const orders: EtsyOrderInput[] = buyers.map((buyer, i) => ({
    ...SAMPLE_ORDERS[i % SAMPLE_ORDERS.length]!,
    id: 3_456_000_000 + i,
    buyerId: buyer.buyer_id,
  }));
  return etsyPage({ lang: 'en-US', locale: 'en-US', orders, buyers, states: STATES_EN });
}

function aliexpressHtml(): string {
  const orders: AeOrder[] = Array.from({ length: N }, (_, i) => ({
    ...SAMPLE_ZH[i % SAMPLE_ZH.length]!,
    id: String(3_031_265_700_000_000 + i * 7),
    buyer: `Buyer ${i}`,
  }));
  // As Fusion's group list draws it (roles, colgroup, cell wrappers): what the seller's page holds.
  return aeListHtml(orders, 'zh', 'fusion');
}

const built: Record<string, string> = {};
/** Built once: serving a page should not include building it. */
const once = (key: string, make: () => string) => () => (built[key] ??= make());

export const ETSY_ALIEXPRESS_BENCH_PAGES: SamplePage[] = [
  { name: 'bench-etsy-500', url: ETSY_URL, html: once('etsy', etsyHtml) },
  { name: 'bench-aliexpress-500', url: ALIEXPRESS_URL, html: once('aliexpress', aliexpressHtml) },
];

const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms`;

export async function benchEtsyAliExpressLists(context: BrowserContext, report: Report): Promise<void> {
  for (const [name, url] of [
    ['Etsy 500-order sold list (from the state the page embeds)', ETSY_URL],
    ['AliExpress 500-order list (m_apps markup)', ALIEXPRESS_URL],
  ] as const) {
    const reloaded = await readAndRender(context, url, false);
    report(`${name}: read + render, one tab reloaded (median of 7; ${range(reloaded)})`, median(reloaded), 'ms', 15);
    const fresh = await readAndRender(context, url, true);
    report(`The same, each load in a new tab (median of 7; ${range(fresh)})`, median(fresh), 'ms', 15);
  }
}
