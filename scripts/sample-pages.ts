// The bundled sample seller pages, served at their REAL URLs through Playwright routing so the
// content script matches exactly as in production. Nothing reaches the network.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { aeListHtml, SAMPLE_EN, SAMPLE_ZH } from '../test/fixtures/aliexpress/order-list-builder';
import {
  accountHealthHtml,
  CANCEL_FIGURES,
  lateAccountHealthHtml,
  SUMMARY_URL,
  summaryJson,
} from '../test/fixtures/amazon/account-health-builder';
import { LABELS, orderListHtml, type Row } from '../test/fixtures/amazon/order-list-builder';
import { etsyPage, SAMPLE_BUYERS, SAMPLE_ORDERS, STATES_EN } from '../test/fixtures/etsy/context-builder';
import { isSellerOrigin } from '../src/sites/seller-origins';
import { TIKTOK_SAMPLE_ANSWERS, TIKTOK_SAMPLE_PAGES } from './sample-pages-tiktok';
import { MERCADOLIBRE_PAGE_ANSWERS, MERCADOLIBRE_SAMPLE_PAGES } from './sample-pages-mercadolibre';
import { EBAY_SAMPLE_PAGES } from './sample-pages-ebay';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'test', 'fixtures');
const file = (rel: string) => () => readFileSync(path.join(FIXTURES, rel), 'utf8');

export interface SamplePage {
  name: string;
  url: string;
  html: () => string;
  /** text/html unless said otherwise (the pages' own JSON calls are served as application/json). */
  contentType?: string;
  /** Served at its path whatever the query (a page's own calls whose query changes with each call). */
  anyQuery?: boolean;
}

const DE_ROWS: Row[] = [
  {
    id: '028-5550123-4567890',
    date: '19.11.2026',
    buyer: 'Helga Brandt',
    title: 'Emaille-Topf 2 l, creme',
    asin: 'B0DE123456',
    sku: 'TOPF-2L',
    quantity: 1,
    subtotal: '24,90 €',
    shipBy: '21.11.2026',
    status: 'Nicht versandt',
  },
  {
    id: '028-5550123-4567891',
    date: '19.11.2026',
    buyer: 'Helga Brandt',
    title: 'Emaille-Topf 2 l, creme',
    asin: 'B0DE123456',
    sku: 'TOPF-2L',
    quantity: 1,
    subtotal: '24,90 €',
    shipBy: '21.11.2026',
    status: 'Nicht versandt',
  },
];

export const SAMPLE_PAGES: SamplePage[] = [
  {
    name: 'amazon-account-health',
    url: 'https://sellercentral.amazon.com/performance/dashboard',
    html: file('amazon/account-health-en.html'),
  },
  {
    name: 'amazon-order-list',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1',
    html: file('amazon/order-list-en.html'),
  },
  {
    name: 'amazon-order-detail-buyer-request',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772299',
    html: file('amazon/order-detail-en.html'),
  },
  {
    name: 'amazon-order-detail',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232',
    html: file('amazon/order-detail-unshipped.html'),
  },
  {
    name: 'amazon-cancel-order',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232/cancel-order',
    html: file('amazon/cancel-order.html'),
  },
  {
    name: 'amazon-contact-buyer',
    url: 'https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772299&marketplaceID=ATVPDKIKX0DER',
    html: file('amazon/messages-contact.html'),
  },
  {
    name: 'amazon-de-account-health',
    url: 'https://sellercentral.amazon.de/performance/dashboard',
    html: file('amazon/account-health-de.html'),
  },
  {
    name: 'amazon-de-order-list',
    url: 'https://sellercentral.amazon.de/orders-v3',
    html: () => orderListHtml(DE_ROWS, LABELS.de),
  },
  {
    name: 'amazon-jp-order-detail',
    url: 'https://sellercentral.amazon.co.jp/orders-v3/order/503-1724766-9264601',
    html: file('amazon/order-detail-ja.html'),
  },
  {
    name: 'amazon-redesigned-page',
    url: 'https://sellercentral.amazon.co.uk/performance/dashboard',
    html: file('amazon/account-health-unreadable.html'),
  },
  {
    name: 'etsy-sold-orders',
    url: 'https://www.etsy.com/your/orders/sold',
    html: () =>
      etsyPage({ lang: 'en-US', locale: 'en-US', orders: SAMPLE_ORDERS, buyers: SAMPLE_BUYERS, states: STATES_EN }),
  },
  {
    name: 'aliexpress-orders',
    url: 'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2',
    // As Fusion's group list draws it (roles, column widths, cell wrappers), as the seller's page does.
    html: () => aeListHtml(SAMPLE_ZH, 'zh', 'fusion'),
  },
  {
    name: 'aliexpress-orders-en',
    url: 'https://gsp.aliexpress.com/m_apps/order-manage/orderList',
    html: () => aeListHtml(SAMPLE_EN, 'en', 'fusion'),
  },
  {
    name: 'aliexpress-order-detail',
    url: 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=3031265788145237&channelId=2',
    html: file('aliexpress/order-detail-zh.html'),
  },
  ...TIKTOK_SAMPLE_PAGES,
  ...MERCADOLIBRE_SAMPLE_PAGES,
  ...EBAY_SAMPLE_PAGES,
];

/** The sample pages' own calls: served to them, never toured as pages. */
export const SAMPLE_ANSWERS: SamplePage[] = [...TIKTOK_SAMPLE_ANSWERS, ...MERCADOLIBRE_PAGE_ANSWERS];

/**
 * Account Health as the readers meet it (test/e2e/readers.spec.ts): built by script after load from
 * the page's own summary (India, its 30-day window), and in German and Japanese.
 */
export const READER_PAGES: SamplePage[] = [
  {
    name: 'amazon-in-account-health-late',
    url: 'https://sellercentral.amazon.in/performance/dashboard',
    html: () => lateAccountHealthHtml('en-IN', 3000),
  },
  {
    name: 'amazon-in-performance-summary',
    url: `https://sellercentral.amazon.in${SUMMARY_URL}`,
    html: () => summaryJson(CANCEL_FIGURES['en-IN']!),
    contentType: 'application/json',
  },
  {
    name: 'amazon-de-account-health-late',
    url: 'https://sellercentral.amazon.de/performance/dashboard?late=1',
    html: () => lateAccountHealthHtml('de', 2500),
  },
  {
    name: 'amazon-de-account-health-built',
    url: 'https://sellercentral.amazon.de/performance/dashboard?ref=ag_perfdash_dnav_xx',
    html: () => accountHealthHtml('de'),
  },
  {
    name: 'amazon-jp-account-health',
    url: 'https://sellercentral.amazon.co.jp/performance/dashboard',
    html: () => accountHealthHtml('ja'),
  },
];

/** What a request for `url` gets: a sample page, a 404 on a seller site, through (not network), or refused. */
export type SampleAnswer =
  { kind: 'page'; status: number; contentType: string; body: string } | { kind: 'pass' } | { kind: 'refuse' };

/** The one answer every browser's routing gives (extra pages override the samples). */
export function sampleAnswer(url: string, extra: SamplePage[] = []): SampleAnswer {
  // The extension's own pages and files are not network; let them through.
  if (!/^https?:/.test(url)) return { kind: 'pass' };
  const path = url.split('?')[0];
  const page = [...extra, ...SAMPLE_PAGES, ...SAMPLE_ANSWERS].find(
    (p) => p.url === url || (p.anyQuery && p.url === path),
  );
  if (page)
    return {
      kind: 'page',
      status: 200,
      contentType: page.contentType ?? 'text/html; charset=utf-8',
      body: page.html(),
    };
  if (isSellerOrigin(url))
    return {
      kind: 'page',
      status: 404,
      contentType: 'text/html',
      body: '<!doctype html><title>Not in the demo</title><p>This page is not part of the bundled samples.</p>',
    };
  return { kind: 'refuse' };
}

/** Serves `pages` at their URLs (extra pages override the samples) and refuses every other request. */
export async function routeSamplePages(context: BrowserContext, extra: SamplePage[] = []): Promise<void> {
  await context.route('**/*', async (route: Route) => {
    const answer = sampleAnswer(route.request().url(), extra);
    if (answer.kind === 'pass') return route.continue();
    if (answer.kind === 'refuse') return route.abort('blockedbyclient');
    return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  });
}
