// Manage orders (/order) → the orders on screen. The page's own order/list answer comes first (ids,
// buyer, items, totals, dates, deadlines, requests); the rows drawn from it are the cross-check
// (every id on screen, the status each row shows, its total) and, without an answer, the reading.
// A status is what the codes and the shown word agree on; disagreeing totals refuse the page.
import type { ReadFailure } from '../../core/types';
import { TIKTOK_DASHBOARD_PATH, TIKTOK_ORDER_LIST_PATH } from '../../page-world/tiktok-paths';
import type { PageJson } from '../page-json';
import { AUTO_CANCEL_COLUMN, actionNeededOf, cancellingWithinADay } from './action-needed';
import type { Walk } from './row-walk';
import { fromAnswer, rowStatus, shownOfRow, type RowShown } from './list-answer';
import { orderOfRow, readRows, type DrawnOrder, type RowFacts } from './list-rows';
import { ordersOfAnswer } from './order-json';
import { tiktokRegionOf } from './regions';
import type { TikTokOrder } from './tiktok-order';

export type TikTokOrdersReading =
  | { ok: true; orders: TikTokOrder[]; actionNeeded?: Record<string, number> }
  | { ok: false; code: ReadFailure; reason: string };

/** What a drawn row shows of its order, for the answer's cross-check. */
export const rowShown = ({ id, mainCode, shown, fbt, total }: RowFacts): RowShown => ({
  id,
  shown: shownOfRow(rowStatus(mainCode, shown)),
  fbt,
  total,
});

function fromRows(rows: DrawnOrder[], walk: Walk): TikTokOrder[] | 'unreadable' {
  const orders: TikTokOrder[] = [];
  for (const r of rows) {
    const order = orderOfRow(r, walk, rowStatus(r.facts.mainCode, r.facts.shown));
    if (order === 'unreadable') return order;
    orders.push(order);
  }
  return orders;
}

/** TikTok's own count bounds ours: more orders on screen cancelling within a day than it counts means our deadlines are not to be trusted. */
function checkedDeadlines(
  orders: TikTokOrder[],
  counters: Record<string, number> | undefined,
  now: number,
): TikTokOrder[] {
  const theirs = counters?.[AUTO_CANCEL_COLUMN];
  if (theirs === undefined || cancellingWithinADay(orders, now).length <= theirs) return orders;
  return orders.map(({ autoCancelAt: _dropped, ...o }) => o);
}

export function readTikTokOrders(
  doc: Document,
  url: URL,
  json?: PageJson,
  now: number = Date.now(),
): TikTokOrdersReading {
  const currency = tiktokRegionOf(url)?.currency ?? '';
  const drawn = readRows(doc, currency);
  if (!drawn.ok) return drawn;
  const answer = json ? ordersOfAnswer(json.latest(TIKTOK_ORDER_LIST_PATH), 'main_orders') : undefined;
  const fromJson = Array.isArray(answer)
    ? fromAnswer(
        answer,
        drawn.rows.map((r) => rowShown(r.facts)),
      )
    : undefined;
  if (fromJson && !fromJson.ok) return fromJson;
  if (!fromJson && drawn.rows.length === 0)
    return doc.querySelector('.order_id_number')
      ? { ok: false, code: 'layout-unknown', reason: 'order ids shown outside any tr[data-log_order_status]' }
      : { ok: false, code: 'page-not-ready', reason: 'no order rows and no order/list answer yet' };
  const orders = fromJson ? fromJson.orders : fromRows(drawn.rows, drawn.walk);
  if (orders === 'unreadable')
    return { ok: false, code: 'rows-unreadable', reason: 'an item row without its title or quantity' };
  const actionNeeded = json ? actionNeededOf(json.latest(TIKTOK_DASHBOARD_PATH)) : undefined;
  return {
    ok: true,
    orders: checkedDeadlines(orders, actionNeeded, now),
    ...(actionNeeded ? { actionNeeded } : {}),
  };
}
