// The one channel from the page's own world to our content script. Both sides import this file;
// the page world's script imports nothing else.

/** Event fired on `window` with `detail` = "<response URL>\n<response text>" (a string crosses worlds intact). */
export const PAGE_JSON_EVENT = 'seller-guard:page-json';

/**
 * The one response worth handing over: Seller Central's order search, which fills the Manage Orders
 * list. The order-detail call also carries addresses and phone numbers we have no use for, so it
 * is left alone (the detail page's DOM says all we need of one order).
 */
export const ORDERS_SEARCH_PATH = /^\/orders-api\/search\/?$/;

/** Larger responses are not ours to copy (our 500-order sample answer is about 170 KB). */
export const MAX_TEXT = 8_000_000;
