// AliExpress seller centre (csp/gsp) page detectors, each followed by its test URLs.

const isSellerCentre = (url: URL): boolean =>
  url.protocol === 'https:' && (url.hostname === 'csp.aliexpress.com' || url.hostname === 'gsp.aliexpress.com');

export function isAliExpressOrderList(url: URL): boolean {
  return (
    isSellerCentre(url) &&
    (/^\/m_apps\/order-manage\/orderList\/?$/.test(url.pathname) || /^\/apps\/order\/index\/?$/.test(url.pathname))
  );
}
export const aliexpressOrderListUrls = [
  'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2',
  'https://gsp.aliexpress.com/m_apps/order-manage/orderList',
  'https://csp.aliexpress.com/apps/order/index',
];

export function isAliExpressOrderDetail(url: URL): boolean {
  return (
    isSellerCentre(url) &&
    /^\/(m_apps\/order-manage\/orderDetail|apps\/order\/detail)\/?$/.test(url.pathname) &&
    /^\d+$/.test(url.searchParams.get('orderId') ?? '')
  );
}
export const aliexpressOrderDetailUrls = [
  'https://csp.aliexpress.com/m_apps/order-manage/orderDetail?orderId=3031265788145237&channelId=2',
  'https://gsp.aliexpress.com/apps/order/detail?orderId=5019241171106742',
];

export const aliexpressOtherUrls = [
  'https://csp.aliexpress.com/m_apps/product-manage/list',
  'https://csp.aliexpress.com/m_apps/order-manage/orderDetail',
  'https://www.aliexpress.com/p/order/index.html',
];

/** The seller centres: csp (Chinese) and gsp (global, English). */
export const ALIEXPRESS_ORIGINS: readonly string[] = ['https://csp.aliexpress.com', 'https://gsp.aliexpress.com'];

/**
 * The centre whose sellers read another language than the marketplace's sellers (its rulebook says
 * Chinese): the global centre is English, so its banner is too.
 */
export const ALIEXPRESS_ORIGIN_LANGUAGES: Readonly<Record<string, string>> = { 'https://gsp.aliexpress.com': 'en' };
export const isAliExpressOrigin = (origin: string): boolean => ALIEXPRESS_ORIGINS.includes(origin);
