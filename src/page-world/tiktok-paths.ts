// The TikTok Shop seller-centre answers our readers use, by path (src/sites/tiktok/README.md). The
// page-world observer hands over these and no others; the readers look them up by the same names.
// Every region serves the same paths on its own host; the US centre puts `/na/` in its fulfilment
// paths (seller-dom.md §8, seller-dom-wave2.md §3).

/** Manage orders: POST …/order/list → `data.main_orders[]` (US `/na/`, Brazil and the others without). */
export const TIKTOK_ORDER_LIST_PATH = /^\/api\/fulfillment(?:\/na)?\/order\/list\/?$/;

/** Order detail: POST …/order/get → `data.main_order[]`, the same order modules as the list. */
export const TIKTOK_ORDER_GET_PATH = /^\/api\/fulfillment(?:\/na)?\/order\/get\/?$/;

/** The US Action Needed counters above the orders list (id57924737027); Brazil's endpoint is unknown. */
export const TIKTOK_DASHBOARD_PATH = /^\/api\/fulfillment\/na\/dashboard\/get\/?$/;

/** Shop health indicators; the Malaysian crawler calls it under `/api/v1/`, Vietnamese tests without `v1`. */
export const TIKTOK_PERFORMANCE_PATH = /^\/api(?:\/v1)?\/seller\/growth_center\/performance\/list\/?$/;

export const TIKTOK_WATCHED_PATHS: readonly RegExp[] = [
  TIKTOK_ORDER_LIST_PATH,
  TIKTOK_ORDER_GET_PATH,
  TIKTOK_DASHBOARD_PATH,
  TIKTOK_PERFORMANCE_PATH,
];
