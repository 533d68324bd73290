// What every supported page contributes: a URL detector, its test URLs, and a pure reader.
import type { PageKind, PageReading, Platform, ReadFailure } from '../core/types';
import { mergeOrders } from './merge-orders';
import type { PageJson } from './page-json';

export interface PageType {
  platform: Platform;
  page: PageKind;
  detect: (url: URL) => boolean;
  marketplace: (url: URL) => string;
  /** `json`: what the page's own requests returned, for the pages that get their data that way. */
  read: (doc: Document, url: URL, json?: PageJson) => PageReading;
  /**
   * Lists fed by the page's own JSON (the answer on `path`, page-json-feeds.ts): what the guard reads
   * of the markup once that answer was seen, the background completing it from the answer, away from
   * the page's thread. `read` stays the whole reader: the markup alone, or the markup and the JSON.
   */
  fedBy?: { path: RegExp; readRows: (doc: Document, url: URL) => PageReading };
  /**
   * On list pages: the element beside which each of these orders' flags goes (duplicates), found in
   * one pass over the list for all of them (order-rows.ts). An order missing from the map gets no mark.
   */
  orderRows?: (doc: Document, orderIds: ReadonlySet<string>) => Map<string, Element>;
  /**
   * Where a draft can be inserted on this page, if anywhere: a selector, or a finder for pages whose
   * box must be found again after each send (Mercado Libre's chat re-mounts it).
   */
  messageBox?: string | ((doc: Document) => Element | undefined);
  /** On lists where the seller ticks rows for a bulk action: the orders ticked now. */
  ticked?: (doc: Document) => string[];
  /**
   * Also guarded inside a frame of its platform's own page (eBay's message-buyer frame on the order
   * page): there it shows no banner, only tells the background its box is there, and takes Insert.
   */
  inFrames?: true;
}

/** A reader's honest "no": the banner says it could not read the page and shows no numbers. */
export function failed(
  type: Pick<PageType, 'platform' | 'page' | 'marketplace'>,
  url: URL,
  code: ReadFailure,
  reason: string,
): PageReading {
  return {
    ok: false,
    platform: type.platform,
    page: type.page,
    marketplace: type.marketplace(url),
    url: url.href,
    code,
    reason: reason.slice(0, 300),
  };
}

/**
 * Runs a reader so that a thrown error becomes a failed reading, never an exception in the page,
 * and so that an order the page lists twice is one order in the reading.
 */
export function safeRead(type: PageType, doc: Document, url: URL, json?: PageJson): PageReading {
  try {
    const reading = type.read(doc, url, json);
    return reading.ok ? { ...reading, orders: mergeOrders(reading.orders) } : reading;
  } catch (error) {
    return failed(type, url, 'reader-error', `reader error: ${(error as Error).message}`);
  }
}
