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
import { NEW_LIST } from '../src/sites/aliexpress/selectors';
import { MAY_HIDE_SELECTOR } from '../src/sites/visible-text';
import { cellWalkFloor, rangeOf } from './bench-floors';
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

/** The same AliExpress page at a host the extension has no access to: the floor is measured there. */
const ALIEXPRESS_UNMATCHED_URL = ALIEXPRESS_URL.replace('//csp.', '//seller-guard-unmatched.csp.');

export const ETSY_ALIEXPRESS_BENCH_PAGES: SamplePage[] = [
  { name: 'bench-etsy-500', url: ETSY_URL, html: once('etsy', etsyHtml) },
  { name: 'bench-aliexpress-500', url: ALIEXPRESS_URL, html: once('aliexpress', aliexpressHtml) },
  { name: 'bench-aliexpress-500-unmatched', url: ALIEXPRESS_UNMATCHED_URL, html: once('aliexpress', aliexpressHtml) },
];

/**
 * The least a reader of AliExpress's list does while it never takes hidden text: one query asks
 * whether anything on the page could hide (visible-text.ts), one query per figure finds that figure
 * wherever it is, and each match's text is taken once. Nothing is tidied, parsed or built, and each
 * query takes its cheapest form (the page's whole document, not its rows: a reader must also tell
 * whose each figure is).
 */
const VISIBLE_TEXT_FLOOR = `(() => {
  const started = performance.now();
  let seen = document.querySelector(${JSON.stringify(MAY_HIDE_SELECTOR)}) ? 1 : 0;
  for (const figure of ${JSON.stringify([
    NEW_LIST.orderId,
    NEW_LIST.headerValue,
    NEW_LIST.itemTitle,
    NEW_LIST.skuValue,
    NEW_LIST.unitFee,
    NEW_LIST.buyer,
    NEW_LIST.total,
    NEW_LIST.status,
  ])})
    for (const el of document.querySelectorAll(figure)) seen += (el.textContent ?? '').length;
  return [performance.now() - started, seen];
})()`;

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
  const floor = await cellWalkFloor(
    context,
    ALIEXPRESS_UNMATCHED_URL,
    NEW_LIST.order,
    undefined,
    7,
    VISIBLE_TEXT_FLOOR,
  );
  report(
    `Floor under AliExpress's list: one query for anything on the page that could hide, one per figure (eight), each match's text taken once; nothing tidied or built. From a world of its own as a content script's, new tab / one tab reloaded / from the page's own world, new tab (7 each, taking turns): ${rangeOf(floor.isolated)} / ${rangeOf(floor.isolatedReloaded)} / ${rangeOf(floor.main)}`,
    median(floor.isolated),
    'ms',
    // Not a budget: the list's 15 ms beside it, since every reader of the list pays at least this.
    15,
    false,
  );
}
