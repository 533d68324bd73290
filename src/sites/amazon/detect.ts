// Amazon Seller Central page detectors: pure URL predicates, each followed by the URLs that prove it
// (refined-github's github-url-detection pattern; test/sites/detect.test.ts runs all × all).
import { ORDER_ID_PATTERNS } from '../../core/order-ids';

/** Seller Central host → marketplace code. */
export const AMAZON_MARKETPLACES: Record<string, string> = {
  'sellercentral.amazon.com': 'US',
  'sellercentral.amazon.ca': 'CA',
  'sellercentral.amazon.com.mx': 'MX',
  'sellercentral.amazon.com.br': 'BR',
  'sellercentral.amazon.co.uk': 'UK',
  'sellercentral.amazon.de': 'DE',
  'sellercentral.amazon.fr': 'FR',
  'sellercentral.amazon.it': 'IT',
  'sellercentral.amazon.es': 'ES',
  'sellercentral.amazon.nl': 'NL',
  'sellercentral.amazon.se': 'SE',
  'sellercentral.amazon.pl': 'PL',
  'sellercentral.amazon.com.tr': 'TR',
  'sellercentral.amazon.ae': 'AE',
  'sellercentral.amazon.sa': 'SA',
  'sellercentral.amazon.in': 'IN',
  'sellercentral.amazon.co.jp': 'JP',
  'sellercentral.amazon.com.au': 'AU',
  // The unified EU host serves every EU marketplace; the page's own language picks which, UK by default.
  'sellercentral-europe.amazon.com': 'UK',
};

const isSellerCentral = (url: URL): boolean => url.protocol === 'https:' && url.hostname in AMAZON_MARKETPLACES;

/** Whether an origin is a Seller Central origin (the guard build's own check, without the other sites' tables). */
export const isAmazonOrigin = (origin: string): boolean =>
  origin.startsWith('https://') && Object.hasOwn(AMAZON_MARKETPLACES, origin.slice('https://'.length));

export const AMAZON_ORDER_ID = ORDER_ID_PATTERNS.amazon;

export function amazonMarketplace(url: URL): string {
  return AMAZON_MARKETPLACES[url.hostname] ?? 'US';
}

/** The order id in an order-detail or cancel URL. */
export function amazonOrderIdFromUrl(url: URL): string | undefined {
  return /^\/orders-v3\/order\/(\d{3}-\d{7}-\d{7})/.exec(url.pathname)?.[1];
}

export function isAmazonOrderList(url: URL): boolean {
  return (
    isSellerCentral(url) && /^\/orders-v3(\/(mfn|fba|afn|search)(\/[\w/-]*)?)?(\/ref=[\w.-]+)?\/?$/.test(url.pathname)
  );
}
export const amazonOrderListUrls = [
  'https://sellercentral.amazon.com/orders-v3',
  'https://sellercentral.amazon.com/orders-v3?page=2',
  'https://sellercentral.amazon.de/orders-v3/mfn/unshipped?page=1',
  'https://sellercentral.amazon.co.jp/orders-v3/fba/all?page=1&date-range=last-14',
  'https://sellercentral.amazon.com/orders-v3/ref=xx_myo_dnav_xx?page=3&date-range=1700000000000-1700600000000',
];

export function isAmazonOrderDetail(url: URL): boolean {
  return isSellerCentral(url) && /^\/orders-v3\/order\/\d{3}-\d{7}-\d{7}\/?$/.test(url.pathname);
}
export const amazonOrderDetailUrls = [
  'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232',
  'https://sellercentral-europe.amazon.com/orders-v3/order/302-1234567-7654321',
  'https://sellercentral.amazon.de/orders-v3/order/028-5550123-4567890/',
];

/** The stand-alone cancel page (unverified path; the cancel dialog on the detail page is handled by the reader). */
export function isAmazonCancel(url: URL): boolean {
  return isSellerCentral(url) && /^\/orders-v3\/order\/\d{3}-\d{7}-\d{7}\/cancel(-order)?\/?$/.test(url.pathname);
}
export const amazonCancelUrls = [
  'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232/cancel-order',
  'https://sellercentral.amazon.co.uk/orders-v3/order/203-7654321-1234567/cancel',
];

export function isAmazonAccountHealth(url: URL): boolean {
  return isSellerCentral(url) && /^\/performance\/dashboard\/?$/.test(url.pathname);
}
export const amazonAccountHealthUrls = [
  'https://sellercentral.amazon.com/performance/dashboard',
  'https://sellercentral.amazon.de/performance/dashboard?ref=ag_perfdash_dnav_xx',
  'https://sellercentral.amazon.in/performance/dashboard/',
];

export function isAmazonMessages(url: URL): boolean {
  return isSellerCentral(url) && /^\/messaging\/(contact|inbox|reply)/.test(url.pathname);
}
export const amazonMessagesUrls = [
  'https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772232&marketplaceID=ATVPDKIKX0DER',
  'https://sellercentral.amazon.co.uk/messaging/inbox?fi=search&ss=203-7654321-1234567',
];

/** Seller Central URLs that are no page we read: every detector must say no. */
export const amazonOtherUrls = [
  'https://sellercentral.amazon.com/home',
  'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232/confirm-shipment',
  'https://sellercentral.amazon.com/performance/account/health/product-policies',
  'https://www.amazon.com/orders-v3',
  'http://sellercentral.amazon.com/orders-v3',
];
