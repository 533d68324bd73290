// eBay Seller Hub page detectors: pure URL predicates, each followed by the URLs that prove it
// (refined-github's github-url-detection pattern; test/sites/ebay/detect.test.ts runs all × all).
// Sources: seller-dom-wave2.md §1 (id70149526599, id55275152630, id70858917790, GLDN-Ops ebay.js).
import { ORDER_ID_PATTERNS } from '../../core/order-ids';
import { ORIGINS } from './marketplaces';

/** Seller Hub's own origins only (the www. host of each site we read). */
const isSellerHub = (url: URL): boolean => url.origin in ORIGINS;

/** NN-NNNNN-NNNNN since 2019; the legacy ItemID-TransactionID form still appears in older links. */
export const EBAY_ORDER_ID = ORDER_ID_PATTERNS.ebay;

/** `orderid` on Seller Hub links, `orderId` on some older ones. */
const orderIdParam = (url: URL): string | undefined => {
  const id = url.searchParams.get('orderid') ?? url.searchParams.get('orderId') ?? '';
  return EBAY_ORDER_ID.test(id) ? id : undefined;
};

/** The returns list shares /sh/ord/ and is told apart by its `currentpage` (Invsto's isEbayReturnsPage). */
const isReturnsView = (url: URL): boolean => /SHOrderReturn/i.test(url.search);

export function isEbayOrderList(url: URL): boolean {
  const filter = url.searchParams.get('filter');
  return (
    isSellerHub(url) &&
    /^\/sh\/ord\/?$/.test(url.pathname) &&
    !isReturnsView(url) &&
    (filter === null || /^status:[A-Z_]+$/.test(filter))
  );
}
export const ebayOrderListUrls = [
  'https://www.ebay.com/sh/ord',
  'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT',
  'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS',
  'https://www.ebay.com/sh/ord/?filter=status:AWAITING_PAYMENT',
  'https://www.ebay.com/sh/ord/?filter=status:PAID_SHIPPED&limit=200',
  'https://www.ebay.co.uk/sh/ord/?filter=status:AWAITING_SHIPMENT',
  'https://www.ebay.de/sh/ord/?filter=status:ALL_ORDERS',
  'https://www.ebay.fr/sh/ord/',
  'https://www.ebay.it/sh/ord/?filter=status:AWAITING_SHIPMENT',
  'https://www.ebay.es/sh/ord/?filter=status:ALL_ORDERS',
  'https://www.ebay.com.au/sh/ord/?filter=status:AWAITING_SHIPMENT',
  'https://www.ebay.ca/sh/ord/',
];

export function isEbayOrderDetail(url: URL): boolean {
  return isSellerHub(url) && /^\/(mesh|sh)\/ord\/details\/?$/.test(url.pathname) && orderIdParam(url) !== undefined;
}
export const ebayOrderDetailUrls = [
  'https://www.ebay.com/mesh/ord/details?mode=SH&orderid=12-15259-90368&source=Orders',
  'https://www.ebay.com/mesh/ord/details?orderid=11-15260-92166',
  'https://www.ebay.co.uk/mesh/ord/details?mode=SH&srn=42&orderid=05-12345-67890',
  'https://www.ebay.de/sh/ord/details?orderid=23-45678-90123',
  'https://www.ebay.com/sh/ord/details?orderid=362130850649-899141767023',
];

export function isEbayPerformance(url: URL): boolean {
  return isSellerHub(url) && /^\/sh\/performance\/?$/.test(url.pathname);
}
export const ebayPerformanceUrls = [
  'https://www.ebay.com/sh/performance',
  'https://www.ebay.co.uk/sh/performance/',
  'https://www.ebay.de/sh/performance',
  'https://www.ebay.fr/sh/performance?ref=sh_nav',
  'https://www.ebay.it/sh/performance',
  'https://www.ebay.es/sh/performance',
  'https://www.ebay.com.au/sh/performance',
  'https://www.ebay.ca/sh/performance',
];

/** Seller Hub's list of cancellation requests (markup unknown; seller-dom-wave2.md §1.3). */
export function isEbayCancellations(url: URL): boolean {
  return isSellerHub(url) && /^\/sh\/ord\/cancellations\/?$/.test(url.pathname);
}
export const ebayCancellationsUrls = [
  'https://www.ebay.com/sh/ord/cancellations',
  'https://www.ebay.com/sh/ord/cancellations?cancelId=5456020649',
  'https://www.ebay.co.uk/sh/ord/cancellations/',
];

/** "Cancel Details": by cancelId, by itemId + transId, and the legacy /cmr/ path. */
export function isEbayCancelDetails(url: URL): boolean {
  const p = url.searchParams;
  const byCancel = /^\d{6,15}$/.test(p.get('cancelId') ?? '');
  const byItem = /^\d{9,15}$/.test(p.get('itemId') ?? '') && /^\d{1,16}$/.test(p.get('transId') ?? '');
  return isSellerHub(url) && /^(\/cmr)?\/Cancel\/Details\/?$/.test(url.pathname) && (byCancel || byItem);
}
export const ebayCancelDetailsUrls = [
  'https://www.ebay.com/Cancel/Details?cancelId=5456020649',
  'https://www.ebay.com/Cancel/Details?itemId=287632479257&transId=10084216687526',
  'https://www.ebay.com/cmr/Cancel/Details?cancelId=5456020649',
  'https://www.ebay.de/Cancel/Details?cancelId=5123456789',
];

/** The message-buyer compose view: an iframe on the order page, where the draft goes. */
export function isEbayMessageFrame(url: URL): boolean {
  return isSellerHub(url) && /^\/cnt\/ViewMessage\/getConversation\/?$/.test(url.pathname);
}
export const ebayMessageFrameUrls = [
  'https://www.ebay.com/cnt/ViewMessage/getConversation?orderId=12-15259-90368&otherUserName=fixture-buyer',
  'https://www.ebay.co.uk/cnt/ViewMessage/getConversation',
];

/** Seller Hub URLs that are no page we read: every detector must say no. */
export const ebayOtherUrls = [
  'https://www.ebay.com/sh/ovw',
  'https://www.ebay.com/sh/lst/active',
  'https://www.ebay.com/sh/performance/traffic',
  'https://www.ebay.com/sh/performance/sales?referencePeriodFilter=LAST_31_DAYS',
  'https://www.ebay.com/sh/ord/returns?returnId=5312345678',
  'https://www.ebay.com/sh/ord/?currentpage=SHOrderReturn',
  'https://www.ebay.com/sh/ord/?filter=javascript:alert(1)',
  'https://www.ebay.com/rtn/Return/ReturnsDetail?returnId=5312345678',
  'https://www.ebay.com/mesh/ord/details?mode=SH',
  'https://www.ebay.com/mesh/ord/details?orderid=<script>',
  'https://www.ebay.com/Cancel/Details',
  'https://www.ebay.com/itm/287632479257',
  'https://www.ebay.nl/sh/ord/',
  'https://ebay.com/sh/ord/',
  'https://www.ebay.com.evil.example/sh/ord/',
  'http://www.ebay.com/sh/ord/',
];

/** The order id of an order-detail URL. */
export function ebayOrderIdFromUrl(url: URL): string | undefined {
  return isEbayOrderDetail(url) ? orderIdParam(url) : undefined;
}

/** The cancellation id of a Cancel Details or cancellations URL (the itemId/transId form has none). */
export function ebayCancelIdFromUrl(url: URL): string | undefined {
  const id = url.searchParams.get('cancelId') ?? '';
  return (isEbayCancelDetails(url) || isEbayCancellations(url)) && /^\d{6,15}$/.test(id) ? id : undefined;
}
