// Lists whose orders the page's own JSON describes, and how the background completes the rows the
// guard read on the page from that JSON (issue #17: parsing and building orders stays off the
// seller's page). No DOM here: the service worker runs it.
import type { PageKind, PageReading, PageReadingOk, Platform } from '../core/types';
import { ORDERS_SEARCH_PATH } from '../page-world/channel';
import { SALES_BRICKS_PATH } from '../page-world/mercadolibre-paths';
import { completeFromSearch } from './amazon/orders-api';
import { completeFromBricks } from './mercadolibre/sales-feed';
import { TIKTOK_ORDER_LIST_PATH } from '../page-world/tiktok-paths';
import { completeFromOrderList } from './tiktok/order-list-feed';

export interface PageJsonFeed {
  /** The path of the page's own answer that describes the list. */
  path: RegExp;
  /** The rows completed from the answer; undefined when the answer does not describe every row. */
  complete: (reading: PageReadingOk, body: unknown) => PageReadingOk | undefined;
}

const FEEDS: Partial<Record<`${Platform}:${PageKind}`, PageJsonFeed>> = {
  'amazon:order-list': { path: ORDERS_SEARCH_PATH, complete: completeFromSearch },
  'mercadolibre:order-list': { path: SALES_BRICKS_PATH, complete: completeFromBricks },
  'tiktok:order-list': {
    path: TIKTOK_ORDER_LIST_PATH,
    complete: (reading, body) => completeFromOrderList(reading, body),
  },
};

export const pageJsonFeed = (platform: Platform, page: PageKind): PageJsonFeed | undefined =>
  FEEDS[`${platform}:${page}`];

/** The reading completed from the answer's text; undefined when the text is not that answer or does not cover the rows. */
export function completeWithPageJson(reading: PageReading, text: string): PageReadingOk | undefined {
  const feed = reading.ok ? pageJsonFeed(reading.platform, reading.page) : undefined;
  if (!feed || !reading.ok) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  return feed.complete(reading, body);
}
