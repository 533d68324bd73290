// TikTok Shop's order pages and chat, for the registry and TikTok's orders guard build (shop health
// has a guard of its own, ./health-pages.ts). Each reader's TikTok-shaped reading becomes the shared
// PageReading here.
import type { OrderSeen, PageKind, PageReading, ReadFailure } from '../../core/types';
import { failed, type PageType } from '../page-type';
import { firstPerOrderId } from '../order-rows';
import * as d from './detect';
import { tiktokChatBox } from './chat-box';
import { readTikTokOrderDetail } from './read-order-detail';
import { readRows } from './list-rows';
import { readTikTokOrders, rowShown } from './read-order-list';
import { tiktokRegionOf } from './regions';
import { seenOfRow } from './row-seen';
import { TIKTOK_ORDER_LIST_PATH } from '../../page-world/tiktok-paths';
import { marketplace, tiktok } from './site';
import { LIST } from './selectors';
import { toOrderSeen } from './to-order-seen';
import { visibleText } from '../visible-text';

/** A reader's orders, each made an OrderSeen by `seen`, as the shared PageReading. */
function ordersPage<T>(
  page: PageKind,
  url: URL,
  r: { ok: true; orders: T[] } | { ok: false; code: ReadFailure; reason: string },
  seen: (order: T, marketplace: string) => OrderSeen,
  focus?: string,
): PageReading {
  const type = { ...tiktok, page };
  if (!r.ok) return failed(type, url, r.code, r.reason);
  const m = marketplace(url);
  return {
    ok: true,
    platform: 'tiktok',
    page,
    marketplace: m,
    url: url.href,
    orders: r.orders.map((o) => seen(o, m)),
    metrics: [],
    ...(focus ? { focusOrderId: focus } : {}),
  };
}

/**
 * Manage orders once the centre's answer was seen: the rows only, each read and checked as the whole
 * reader reads them (ids, links, status words with codes, totals); the background completes them
 * from the answer (./order-list-feed.ts), away from the page's thread (issue #17).
 */
function rowsPage(doc: Document, url: URL): PageReading {
  const currency = tiktokRegionOf(url)?.currency ?? '';
  const drawn = readRows(doc, currency);
  const rows = drawn.ok ? { ok: true as const, orders: drawn.rows.map((r) => rowShown(r.facts)) } : drawn;
  return ordersPage('order-list', url, rows, (row, m) => seenOfRow(row, m, currency));
}

function chatPage(doc: Document, url: URL): PageReading {
  const id = url.searchParams.get('order_id') ?? url.searchParams.get('order_no') ?? '';
  const box = tiktokChatBox(doc);
  if (box === 'ambiguous')
    return failed(
      { ...tiktok, page: 'messages' },
      url,
      'layout-unknown',
      'more than one editable beside the send button',
    );
  return {
    ok: true,
    platform: 'tiktok',
    page: 'messages',
    marketplace: marketplace(url),
    url: url.href,
    orders: [],
    metrics: [],
    ...(d.TIKTOK_ORDER_ID.test(id) ? { focusOrderId: id } : {}),
    hasMessageBox: box !== null,
  };
}

/** Each order id shown in the list, with its row, in the list's order. */
function* shownIds(doc: Document): Generator<{ id: Element; row: Element }> {
  for (const row of doc.querySelectorAll(LIST.orderRow))
    for (const id of row.querySelectorAll(LIST.orderId)) yield { id, row };
}

/** The cell showing each order's id in the list, where its marks go. */
const orderCells = (doc: Document, orderIds: ReadonlySet<string>) =>
  firstPerOrderId(
    shownIds(doc),
    orderIds,
    ({ id }) => visibleText(id, 40),
    ({ id, row }) => id.closest('td') ?? row,
  );

/** Orders, order detail and chat: the pages TikTok's orders guard build serves. */
export const tiktokOrderPages: PageType[] = [
  {
    ...tiktok,
    page: 'order-list',
    detect: d.isTikTokOrderList,
    read: (doc, url, json) => ordersPage('order-list', url, readTikTokOrders(doc, url, json), toOrderSeen),
    fedBy: { path: TIKTOK_ORDER_LIST_PATH, readRows: rowsPage },
    orderRows: orderCells,
  },
  {
    ...tiktok,
    page: 'order-detail',
    detect: d.isTikTokOrderDetail,
    read: (doc, url, json) =>
      ordersPage('order-detail', url, readTikTokOrderDetail(doc, url, json), toOrderSeen, d.tiktokOrderIdFromUrl(url)),
  },
  {
    ...tiktok,
    page: 'messages',
    detect: d.isTikTokChat,
    read: chatPage,
    // No selector can say which editable is the composer: the one beside the send button is.
    messageBox: (doc) => {
      const box = tiktokChatBox(doc);
      return box === 'ambiguous' || box === null ? undefined : box;
    },
  },
];
