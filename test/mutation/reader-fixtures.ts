// Every reader fixture the mutation suite varies. A new platform's reader joins by adding its
// fixtures here: the URL picks the reader through the registry, exactly as on a seller's page.
import { aeListHtml, SAMPLE_EN, SAMPLE_ZH } from '../fixtures/aliexpress/order-list-builder';
import {
  accountHealthHtml,
  CANCEL_FIGURES,
  SUMMARY_URL,
  summaryJson,
  WORDING,
} from '../fixtures/amazon/account-health-builder';
import {
  LABELS,
  liveOrderListHtml,
  manyRows,
  orderListHtml,
  ORDERS_SEARCH_URL,
  ordersSearchJson,
} from '../fixtures/amazon/order-list-builder';
import { etsyPage, SAMPLE_BUYERS, SAMPLE_ORDERS, STATES_DE, STATES_EN } from '../fixtures/etsy/context-builder';
import { MERCADOLIBRE_FIXTURES } from '../fixtures/mercadolibre';
import { SECTION_LABELS } from '../../src/sites/mercadolibre/reputation-labels';
import { fixtureHtml } from '../helpers/fixtures';
import { TIKTOK_READER_FIXTURES } from './tiktok-fixtures';
import { EBAY_READER_FIXTURES } from './ebay-fixtures';

export interface ReaderFixture {
  /** Shown in the table. */
  fixture: string;
  /** The page's real URL. */
  url: string;
  html: () => string;
  /** The page's own JSON answers, as the page-world observer hands them over. */
  json?: { path: string; body: string } | { path: string; body: string }[];
  /** Label texts the case operator may change (data is never re-cased: a name in capitals is another name). */
  labels?: readonly string[];
  /** How many orders the seller has ticked on the original (a list whose ticks are read apart from it). */
  ticked?: number;
}

const file = (rel: string) => () => fixtureHtml(rel);
const HEALTH_EN = ['Pre-fulfillment Cancel Rate', 'Late Shipment Rate', 'Valid Tracking Rate', 'Order Defect Rate'];

/** The dashboard in every Seller Central language, its captions as the labels. */
const HEALTH_LOCALES: ReaderFixture[] = Object.entries(WORDING).map(([locale, w]) => ({
  fixture: `account-health-${locale}`,
  url: `https://${w.host}/performance/dashboard`,
  html: () => accountHealthHtml(locale),
  labels: [w.cancel, w.late, w.tracking, w.defect],
}));

export const READER_FIXTURES: ReaderFixture[] = [
  ...HEALTH_LOCALES,
  {
    fixture: 'account-health-with-summary',
    url: 'https://sellercentral.amazon.in/performance/dashboard',
    html: () => accountHealthHtml('en-IN'),
    json: { path: SUMMARY_URL, body: summaryJson(CANCEL_FIGURES['en-IN']!) },
    labels: HEALTH_EN,
  },
  {
    fixture: 'account-health-en.html',
    url: 'https://sellercentral.amazon.com/performance/dashboard',
    html: file('amazon/account-health-en.html'),
    labels: HEALTH_EN,
  },
  {
    fixture: 'account-health-de.html',
    url: 'https://sellercentral.amazon.de/performance/dashboard',
    html: file('amazon/account-health-de.html'),
    labels: ['Stornorate vor Versand'],
  },
  {
    fixture: 'account-health-ja.html',
    url: 'https://sellercentral.amazon.co.jp/performance/dashboard',
    html: file('amazon/account-health-ja.html'),
  },
  {
    fixture: 'account-health-na',
    url: 'https://sellercentral.amazon.com/performance/dashboard',
    html: file('amazon/account-health-na.html'),
    labels: HEALTH_EN,
  },
  {
    fixture: 'account-health-small-shop',
    url: 'https://sellercentral.amazon.com/performance/dashboard',
    html: file('amazon/account-health-small-shop.html'),
    labels: HEALTH_EN,
  },
  {
    fixture: 'account-health-no-row-ids',
    url: 'https://sellercentral.amazon.co.uk/performance/dashboard',
    html: file('amazon/account-health-redesign.html'),
    labels: HEALTH_EN,
  },
  {
    fixture: 'order-list-en',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1',
    html: file('amazon/order-list-en.html'),
  },
  {
    fixture: 'order-list-de',
    url: 'https://sellercentral.amazon.de/orders-v3',
    html: () => orderListHtml(manyRows(6), LABELS.de),
  },
  {
    fixture: 'order-list-json',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1',
    html: () => orderListHtml(manyRows(6)),
    json: { path: ORDERS_SEARCH_URL, body: ordersSearchJson(manyRows(6)) },
  },
  {
    // Two rows ticked for a bulk cancel: the orders the banner projects are read apart from the list.
    fixture: 'order-list-ticked',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1',
    html: () => orderListHtml(manyRows(6).map((r, i) => ({ ...r, ticked: i === 1 || i === 4 }))),
    ticked: 2,
  },
  {
    fixture: 'order-list-live-shell',
    url: 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1',
    html: () => liveOrderListHtml(manyRows(3)),
  },
  {
    fixture: 'order-detail-en',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772299',
    html: file('amazon/order-detail-en.html'),
  },
  {
    fixture: 'order-detail-unshipped',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232',
    html: file('amazon/order-detail-unshipped.html'),
  },
  {
    fixture: 'order-detail-fba',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-5550001-0000001',
    html: file('amazon/order-detail-fba.html'),
  },
  {
    fixture: 'order-detail-hostile',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232',
    html: file('amazon/order-detail-hostile.html'),
  },
  {
    fixture: 'order-detail-ja',
    url: 'https://sellercentral.amazon.co.jp/orders-v3/order/503-1724766-9264601',
    html: file('amazon/order-detail-ja.html'),
  },
  {
    fixture: 'cancel-order',
    url: 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232/cancel-order',
    html: file('amazon/cancel-order.html'),
  },
  {
    fixture: 'messages-contact',
    url: 'https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772299&marketplaceID=ATVPDKIKX0DER',
    html: file('amazon/messages-contact.html'),
  },
  {
    fixture: 'sold-orders-en',
    url: 'https://www.etsy.com/your/orders/sold',
    html: () =>
      etsyPage({ lang: 'en-US', locale: 'en-US', orders: SAMPLE_ORDERS, buyers: SAMPLE_BUYERS, states: STATES_EN }),
  },
  {
    fixture: 'sold-orders-de',
    url: 'https://www.etsy.com/your/orders/sold',
    html: () =>
      etsyPage({ lang: 'de-DE', locale: 'de-DE', orders: SAMPLE_ORDERS, buyers: SAMPLE_BUYERS, states: STATES_DE }),
  },
  {
    fixture: 'sold-order-detail',
    url: 'https://www.etsy.com/your/orders/sold/3456789012',
    html: () =>
      etsyPage({ lang: 'en-US', locale: 'en-US', orders: SAMPLE_ORDERS, buyers: SAMPLE_BUYERS, states: STATES_EN }),
  },
  ...(['object-assign', 'after-empty', 'merged', 'json-parse'] as const).map((assignment) => ({
    fixture: `sold-orders-${assignment}`,
    url: 'https://www.etsy.com/your/orders/sold',
    html: () =>
      etsyPage({
        lang: 'en-US',
        locale: 'en-US',
        orders: SAMPLE_ORDERS,
        buyers: SAMPLE_BUYERS,
        states: STATES_EN,
        assignment,
      }),
  })),
  {
    fixture: 'sold-orders-dom-only',
    url: 'https://www.etsy.com/your/orders/sold',
    html: file('etsy/sold-orders-dom-only.html'),
  },
  {
    fixture: 'sold-orders-empty',
    url: 'https://www.etsy.com/your/orders/sold',
    html: file('etsy/sold-orders-empty.html'),
  },
  {
    fixture: 'order-list-zh',
    url: 'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2',
    html: () => aeListHtml(SAMPLE_ZH, 'zh'),
  },
  {
    fixture: 'order-list-en',
    url: 'https://gsp.aliexpress.com/m_apps/order-manage/orderList',
    html: () => aeListHtml(SAMPLE_EN, 'en'),
  },
  {
    // As Fusion's group list draws it: roles on every row and cell, column widths, cell wrappers.
    fixture: 'order-list-zh-fusion',
    url: 'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2',
    html: () => aeListHtml(SAMPLE_ZH, 'zh', 'fusion'),
  },
  {
    fixture: 'order-list-en-fusion',
    url: 'https://gsp.aliexpress.com/m_apps/order-manage/orderList',
    html: () => aeListHtml(SAMPLE_EN, 'en', 'fusion'),
  },
  {
    fixture: 'order-list-legacy',
    url: 'https://csp.aliexpress.com/apps/order/index',
    html: file('aliexpress/order-list-legacy.html'),
  },
  {
    fixture: 'order-detail-zh',
    url: 'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=3031265788145237&channelId=2',
    html: file('aliexpress/order-detail-zh.html'),
  },
  ...TIKTOK_READER_FIXTURES,
  ...MERCADOLIBRE_FIXTURES.filter((f) => f.expected.kind !== 'refuse' && !f.late && f.name !== 'sales-list-500').map(
    (f): ReaderFixture => ({
      fixture: `ml-${f.name}`,
      url: f.url,
      html: f.html,
      json: Object.entries(f.json ?? {}).map(([path, { body }]) => ({ path, body: JSON.stringify(body) }))[0],
      labels: f.page === 'reputation' ? Object.values(SECTION_LABELS).flat() : undefined,
      ticked: f.expected.kind === 'sales' ? f.expected.selected?.length : undefined,
    }),
  ),
  ...EBAY_READER_FIXTURES,
];
