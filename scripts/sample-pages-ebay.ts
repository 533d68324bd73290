// eBay Seller Hub's sample pages, served at their real URLs (see sample-pages.ts): the seller-level
// box first (the figure the order pages project from), then the orders list, an order page whose
// "Message buyer" frame is open, a delivered order with a return open, the cancellation pages, and
// German pages on ebay.de.
import { cancelDetailsHtml, cancellationsHtml } from '../test/fixtures/ebay/cancellation-pages';
import { DETAIL_LABELS, orderDetailHtml, type DetailValues } from '../test/fixtures/ebay/order-detail-builder';
import { orderListHtml } from '../test/fixtures/ebay/order-list-builder';
import { LIST_LABELS } from '../test/fixtures/ebay/order-list-labels';
import { sampleRows } from '../test/fixtures/ebay/order-list-rows';
import { performanceHtml } from '../test/fixtures/ebay/performance-builder';
import { LIVE_VALUES } from '../test/fixtures/ebay/performance-cases';
import { PERFORMANCE_LABELS } from '../test/fixtures/ebay/performance-labels';
import { fixtureHtml } from '../test/helpers/fixtures';
import type { SamplePage } from './sample-pages';

export const EBAY_ORDER_URL = 'https://www.ebay.com/mesh/ord/details?mode=SH&orderid=12-15259-90368&source=Orders';
export const EBAY_RETURN_URL = 'https://www.ebay.com/mesh/ord/details?mode=SH&orderid=26-11842-60215&source=Orders';
export const EBAY_MESSAGE_URL =
  'https://www.ebay.com/cnt/ViewMessage/getConversation?orderId=12-15259-90368&otherUserName=janedoe_42';

const ORDER: DetailValues = {
  id: '12-15259-90368',
  sold: 'Nov 18, 2026',
  paid: 'Nov 18, 2026',
  buyerId: 'janedoe_42',
  shipBy: 'Nov 21',
  address: ['Jane Doe', '123 Sample St', 'Springfield', 'IL', '62704-0001', 'United States'],
  item: { id: '287632479257', title: 'Vintage brass desk lamp', sku: 'LAMP-BR-01', quantity: 1, price: 89 },
  total: 98.5,
  earnings: 78.21,
};

/** The next 20th as the page writes it: the sample pages are served today, whenever that is. */
function nextEvaluation(locale: 'en-US' | 'de-DE', now = Date.now()): string {
  const d = new Date(now);
  const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (d.getUTCDate() < 20 ? 0 : 1), 20);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(next);
}

/** The order page with its "Message buyer" frame open, as eBay opens it under the page. */
const withMessageFrame = (html: string) =>
  html.replace(
    '</body>',
    `<div class="message-buyer-panel"><iframe title="Message buyer" src="${EBAY_MESSAGE_URL}" style="width:640px;height:360px;border:1px solid #ccc"></iframe></div></body>`,
  );

export const EBAY_SAMPLE_PAGES: SamplePage[] = [
  {
    name: 'ebay-performance',
    url: 'https://www.ebay.com/sh/performance',
    // The defects' count line is ASSUMED (performance-labels.ts): with it, the guard can project.
    html: () =>
      performanceHtml({
        ...LIVE_VALUES,
        defects: 0.73,
        defectsDetail: '3 of 412 transactions',
        next: nextEvaluation('en-US'),
      }),
  },
  {
    name: 'ebay-order-list',
    url: 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
    html: () => orderListHtml(sampleRows('en')),
  },
  { name: 'ebay-order-detail', url: EBAY_ORDER_URL, html: () => withMessageFrame(orderDetailHtml(ORDER)) },
  { name: 'ebay-message-frame', url: EBAY_MESSAGE_URL, html: () => fixtureHtml('ebay/message-frame.html') },
  {
    // Delivered, with the buyer's return open: the advice answers the request, never a cancellation.
    name: 'ebay-order-detail-return',
    url: EBAY_RETURN_URL,
    html: () =>
      orderDetailHtml({
        ...ORDER,
        id: '26-11842-60215',
        buyerId: 'kimpark',
        address: ['Kim Park', '88 Harbor Ave', 'Portland', 'OR', '97201', 'United States'],
        tracking: '9400111899223300112233',
        status: { deliveredOn: 'Nov 20' },
        notices: ['returnOpen'],
      }),
  },
  {
    name: 'ebay-cancel-details',
    url: 'https://www.ebay.com/Cancel/Details?cancelId=5456020701',
    html: () =>
      cancelDetailsHtml({
        cancelId: '5456020701',
        orderId: '19-10442-73015',
        itemId: '287632479455',
        buyerId: 'meichen_88',
        reason: 'Ordered by mistake',
        respondBy: 'Nov 21, 2026',
      }),
  },
  {
    name: 'ebay-cancellations',
    url: 'https://www.ebay.com/sh/ord/cancellations',
    html: () =>
      cancellationsHtml([
        {
          cancelId: '5456020701',
          orderId: '19-10442-73015',
          buyerId: 'meichen_88',
          reason: 'Ordered by mistake',
          respondBy: 'Nov 21',
        },
      ]),
  },
  {
    name: 'ebay-de-performance',
    url: 'https://www.ebay.de/sh/performance',
    html: () =>
      performanceHtml(
        {
          current: 'above-standard',
          projected: 'below-standard',
          defects: 2.35,
          late: 3.1,
          tracking: 91.2,
          cases: 0.4,
          next: nextEvaluation('de-DE'),
        },
        PERFORMANCE_LABELS.de,
      ),
  },
  {
    name: 'ebay-de-order-list',
    url: 'https://www.ebay.de/sh/ord/?filter=status:AWAITING_SHIPMENT',
    html: () => orderListHtml(sampleRows('de').slice(0, 3), LIST_LABELS.de),
  },
  {
    name: 'ebay-de-order-detail',
    url: 'https://www.ebay.de/sh/ord/details?orderid=23-45678-90123',
    html: () =>
      orderDetailHtml(
        {
          ...ORDER,
          id: '23-45678-90123',
          sold: '18. Nov. 2026',
          paid: '18. Nov. 2026',
          shipBy: '21. Nov.',
          address: ['Erika Muster', 'Musterstraße 1', 'Berlin', '', '10115', 'Deutschland'],
        },
        DETAIL_LABELS.de,
      ),
  },
  {
    name: 'ebay-redesigned-performance',
    url: 'https://www.ebay.co.uk/sh/performance',
    html: () =>
      performanceHtml(LIVE_VALUES, PERFORMANCE_LABELS['en-GB']).replace(
        /<section class="seller-level"[\s\S]*?<\/section>/,
        '<section class="seller-dashboard"><h2>Your seller dashboard is changing</h2><p>98%</p></section>',
      ),
  },
];
