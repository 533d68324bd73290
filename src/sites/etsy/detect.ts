// Etsy shop manager page detectors, each followed by its test URLs.

const isEtsy = (url: URL): boolean => url.protocol === 'https:' && url.hostname === 'www.etsy.com';

export function isEtsyOrderList(url: URL): boolean {
  return isEtsy(url) && /^\/your\/orders\/sold(\/(new|completed|in-progress|all))?\/?$/.test(url.pathname);
}
export const etsyOrderListUrls = [
  'https://www.etsy.com/your/orders/sold',
  'https://www.etsy.com/your/orders/sold/new',
  'https://www.etsy.com/your/orders/sold/completed?order_id=3456789012',
  'https://www.etsy.com/your/orders/sold?search_query=mug',
];

export function isEtsyOrderDetail(url: URL): boolean {
  return isEtsy(url) && /^\/your\/orders\/sold\/\d+\/?$/.test(url.pathname);
}
export const etsyOrderDetailUrls = ['https://www.etsy.com/your/orders/sold/3456789012'];

export function isEtsyMessages(url: URL): boolean {
  return isEtsy(url) && /^\/messages(\/\d+)?\/?$/.test(url.pathname);
}
export const etsyMessagesUrls = ['https://www.etsy.com/messages', 'https://www.etsy.com/messages/1234567890'];

export const etsyOtherUrls = [
  'https://www.etsy.com/your/shops/me/dashboard',
  'https://www.etsy.com/listing/123456/handmade-mug',
  'https://www.etsy.com/your/purchases',
];

/** The receipt id, from the detail path or the list's `?order_id=` overlay. */
export function etsyOrderIdFromUrl(url: URL): string | undefined {
  return (
    /^\/your\/orders\/sold\/(\d+)/.exec(url.pathname)?.[1] ??
    (/^\d+$/.test(url.searchParams.get('order_id') ?? '') ? url.searchParams.get('order_id')! : undefined)
  );
}

/** Etsy's one seller origin. */
export const ETSY_ORIGINS: readonly string[] = ['https://www.etsy.com'];
export const isEtsyOrigin = (origin: string): boolean => ETSY_ORIGINS.includes(origin);
