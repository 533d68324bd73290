// TikTok Shop seller centre page detectors, each followed by its test URLs. Every region serves the
// same paths on its own host; `shop_region=` in the query is informative only (the host decides).
// Sources: seller-dom.md §8, seller-dom-wave2.md §3 (id70972444068, id56506508748, id58042534272).
import { ORDER_ID_PATTERNS } from '../../core/order-ids';
import { tiktokRegionOf } from './regions';

const isSellerCentre = (url: URL): boolean => tiktokRegionOf(url) !== undefined;

/** Main order ids: 18 digits in every capture seen (policies.md §6.5; id70972444068). */
export const TIKTOK_ORDER_ID = ORDER_ID_PATTERNS.tiktok;

/** `order_no` on the seller centre's own links; some public code writes `order_id`. */
const orderIdParam = (url: URL): string | undefined => {
  const id = url.searchParams.get('order_no') ?? url.searchParams.get('order_id') ?? '';
  return TIKTOK_ORDER_ID.test(id) ? id : undefined;
};

/** Manage orders (every tab); its Action Needed cards come from /api/fulfillment/na/dashboard/get. */
export function isTikTokOrderList(url: URL): boolean {
  return isSellerCentre(url) && /^\/order\/?$/.test(url.pathname);
}
export const tiktokOrderListUrls = [
  'https://seller-us.tiktok.com/order?selected_sort=6&tab=all&shop_region=US',
  'https://seller-us.tiktok.com/order?shop_region=US',
  'https://seller-br.tiktok.com/order?selected_sort=6&tab=all',
  'https://seller-br.tiktok.com/order/',
  'https://seller-th.tiktok.com/order?tab=to_ship&shop_region=TH',
  'https://seller-vn.tiktok.com/order?lang=vi-VN',
  'https://seller-id.tokopedia.com/order?shop_region=ID',
];

export function isTikTokOrderDetail(url: URL): boolean {
  return isSellerCentre(url) && /^\/order\/detail\/?$/.test(url.pathname) && orderIdParam(url) !== undefined;
}
export const tiktokOrderDetailUrls = [
  'https://seller-us.tiktok.com/order/detail?order_no=576461413038785752&shop_region=US',
  'https://seller-br.tiktok.com/order/detail?order_no=582362672348497014',
  'https://seller-my.tiktok.com/order/detail?order_id=577123456789012345&shop_region=MY',
];

/** Shop health / account health; Brazil's centre names it health-center. */
export function isTikTokShopHealth(url: URL): boolean {
  return isSellerCentre(url) && /^\/(account\/health|health-center(\/[\w-]+)?)\/?$/.test(url.pathname);
}
export const tiktokShopHealthUrls = [
  'https://seller-us.tiktok.com/account/health?shop_region=US',
  'https://seller-my.tiktok.com/account/health?shop_region=MY&lang=en',
  'https://seller-vn.tiktok.com/account/health',
  'https://seller-th.tiktok.com/account/health?shop_region=TH',
  'https://seller-br.tiktok.com/health-center/fulfillment-performance',
  'https://seller-br.tiktok.com/health-center',
];

/** The seller centre home: account health score, violations and to-do counters (id57924737027). */
export function isTikTokDashboard(url: URL): boolean {
  return isSellerCentre(url) && /^\/homepage\/?$/.test(url.pathname);
}
export const tiktokDashboardUrls = [
  'https://seller-us.tiktok.com/homepage',
  'https://seller-sg.tiktok.com/homepage?shop_region=SG',
  'https://seller-th.tiktok.com/homepage/',
];

/** Seller chat (customer messages inbox), where a draft is inserted. */
export function isTikTokChat(url: URL): boolean {
  return isSellerCentre(url) && /^\/chat(\/inbox(\/current)?)?\/?$/.test(url.pathname);
}
export const tiktokChatUrls = [
  'https://seller-us.tiktok.com/chat/inbox/current?from=customer_enter_from_order_list&lang=en&shop_region=US&version=v2',
  'https://seller-vn.tiktok.com/chat/inbox/current?shop_region=VN&lang=en',
  'https://seller-vn.tiktok.com/chat?order_id=577123456789012345',
  'https://seller-id.tiktok.com/chat',
];

/** Seller centre URLs that are no page we read: every detector must say no. */
export const tiktokOtherUrls = [
  'https://seller-us.tiktok.com/order/return?from=menu&shop_region=US',
  'https://seller-us.tiktok.com/order/detail?order_no=abc',
  'https://seller-us.tiktok.com/order/detail',
  'https://seller-us.tiktok.com/product/manage',
  'https://seller-br.tiktok.com/finance/bills?tab=statements&subTab=orders',
  'https://seller-us.tiktok.com/api/fulfillment/na/order/list?aid=4068',
  'https://seller-us.tiktok.com/chat/api/seller/token',
  'https://seller-th.tiktok.com/university/essay?knowledge_id=4260207925872400&lang=en',
  'https://seller-de-accounts.tiktok.com/order',
  'https://www.tiktok.com/order',
  'https://seller-us.tiktok.com.evil.example/order',
  'http://seller-us.tiktok.com/order',
];

/** The main order id of an order-detail URL. */
export function tiktokOrderIdFromUrl(url: URL): string | undefined {
  return isTikTokOrderDetail(url) ? orderIdParam(url) : undefined;
}
