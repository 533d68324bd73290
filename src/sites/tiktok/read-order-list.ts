// Manage orders (/order) → the orders on screen. The page's own order/list answer comes first (ids,
// buyer, items, totals, dates, deadlines, requests); the rows drawn from it are the cross-check
// (every id on screen, the status each row shows, its total) and, without an answer, the reading.
// A status is what the codes and the shown word agree on; disagreeing totals refuse the page.
import type { ReadFailure } from '../../core/types';
import { TIKTOK_DASHBOARD_PATH, TIKTOK_ORDER_LIST_PATH } from '../../page-world/tiktok-paths';
import type { PageJson } from '../page-json';
import { AUTO_CANCEL_COLUMN, actionNeededOf, cancellingWithinADay } from './action-needed';
import type { Walk } from './drawn-order';
import { orderOfRow, readRows, type DrawnOrder, type RowFacts } from './list-rows';
import { ordersOfAnswer, type JsonOrder } from './order-json';
import { tiktokRegionOf } from './regions';
import { statusFrom } from './status-codes';
import type { TikTokOrder } from './tiktok-order';

export type TikTokOrdersReading =
  | { ok: true; orders: TikTokOrder[]; actionNeeded?: Record<string, number> }
  | { ok: false; code: ReadFailure; reason: string };

/** A JSON order with what the page shows of it: the status both agree on; the JSON's facts where the row does not contradict them. */
export function combine(j: JsonOrder, row: (Pick<RowFacts, 'shown'> & Partial<RowFacts>) | undefined): TikTokOrder {
  const status = statusFrom({
    mainCodes: row?.mainCode === undefined ? j.mainCodes : [...j.mainCodes, row.mainCode],
    displayCodes: j.displayCodes,
    shown: row?.shown ?? [],
  });
  const order: TikTokOrder = { ...j.facts, status };
  // Which of the two is right about who fulfils the order, we cannot tell: not known.
  if (row?.fbt !== undefined && order.fbt !== undefined && row.fbt !== order.fbt) delete order.fbt;
  // What the answer says of requests and cancellations holds whether or not the shown word was read.
  const { request, cancelledBy, afterSaleOpen } = j.reverse;
  if (cancelledBy) order.cancelledBy = cancelledBy;
  if (status !== 'cancelled' && request) order.cancelRequest = { ...request };
  if (afterSaleOpen) order.afterSaleOpen = afterSaleOpen;
  return order;
}

const totalsDisagree = (j: JsonOrder, row: RowFacts | undefined) =>
  row?.total !== undefined && j.facts.total !== undefined && Math.abs(row.total - j.facts.total) > 0.005;

function fromAnswer(answer: JsonOrder[], rows: RowFacts[]): TikTokOrdersReading | undefined {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const known = new Set(answer.map((j) => j.facts.id));
  // Rows the answer does not know: the answer belongs to another tab or page of the list.
  if (rows.some((r) => !known.has(r.id))) return undefined;
  if (answer.length > 0 && rows.length < answer.length)
    return { ok: false, code: 'page-not-ready', reason: `${rows.length} of ${answer.length} orders drawn so far` };
  const orders: TikTokOrder[] = [];
  for (const j of answer) {
    const row = byId.get(j.facts.id);
    if (totalsDisagree(j, row))
      return {
        ok: false,
        code: 'figures-disagree',
        reason: `order ${j.facts.id}: the row's total is not the answer's`,
      };
    orders.push(combine(j, row));
  }
  return { ok: true, orders };
}

function fromRows(rows: DrawnOrder[], walk: Walk): TikTokOrder[] | 'unreadable' {
  const orders: TikTokOrder[] = [];
  for (const r of rows) {
    const status = statusFrom({ mainCodes: [r.facts.mainCode], displayCodes: [], shown: r.facts.shown });
    const order = orderOfRow(r, walk, status);
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
        drawn.rows.map((r) => r.facts),
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
