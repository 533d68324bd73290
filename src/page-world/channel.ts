// The one channel from the page's own world to our content script. Both sides import this file;
// the page world's script imports nothing else but the paths each site's capture watches.
import { SALES_BRICKS_PATH } from './mercadolibre-paths';

/** Event fired on `window` with `detail` = "<response URL>\n<response text>" (a string crosses worlds intact). */
export const PAGE_JSON_EVENT = 'seller-guard:page-json';

/**
 * Event fired on `window` with `detail` = how many watched requests are in flight (as a string): the
 * starter waits for the page's own answer to be drawn before the guard comes (start-after-load.ts).
 */
export const PAGE_JSON_PENDING_EVENT = 'seller-guard:page-json-pending';

/**
 * Seller Central's order search, which fills the Manage Orders list. The order-detail call also
 * carries addresses and phone numbers we have no use for, so it is left alone (the detail page's
 * DOM says all we need of one order).
 */
export const ORDERS_SEARCH_PATH = /^\/orders-api\/search\/?$/;

/** Account Health's figures with their counts and windows (seller-dom-wave2.md §4.1). */
export const PERFORMANCE_SUMMARY_PATH = /^\/performance\/api\/summary\/?$/;

/** The only responses ever handed over: same-origin answers on these paths. */
export const WATCHED_PATHS: readonly RegExp[] = [ORDERS_SEARCH_PATH, PERFORMANCE_SUMMARY_PATH, SALES_BRICKS_PATH];

/**
 * Where the observer runs: the path part of the manifest's match patterns, one per Seller Central
 * origin (Manage Orders and the performance pages). A manifest generator pairs these with
 * src/sites/seller-origins.ts.
 */
export const PAGE_WORLD_PATHS: readonly string[] = ['/orders-v3*', '/performance/*'];

/** Larger responses are not ours to copy (our 500-order sample answer is about 170 KB). */
export const MAX_TEXT = 8_000_000;
