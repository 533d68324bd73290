// The orders list's answer and its drawn rows put together: the answer's facts for every order, the
// status its codes and the row's shown word agree on, the row as the cross-check (ids, totals). No
// DOM here: the guard's whole reader runs it on the page (./read-order-list.ts), and the background
// runs it on the rows the page read and the answer's text (./order-list-feed.ts), off the page.
import type { OrderStatus } from '../../core/types';
import type { JsonOrder } from './order-json';
import { statusFrom } from './status-codes';
import type { TikTokOrder } from './tiktok-order';

type Known = Exclude<OrderStatus, 'unknown'>;

/** What the answer is checked against, of one order: what its row shows or, on the detail page, the page. */
export interface ShownOrder {
  /** The statuses shown; for a list row, the one its code and its words agree on (none when they do not). */
  shown: Known[];
  /** Who fulfils it, as the row's attribute says. */
  fbt?: boolean;
  /** The total the row shows, in the region's currency. */
  total?: number;
}

export interface RowShown extends ShownOrder {
  id: string;
}

/** The status a list row alone gives (its code and its words); `unknown` unless they agree on one. */
export const rowStatus = (mainCode: number, shown: Known[]): OrderStatus =>
  statusFrom({ mainCodes: [mainCode], displayCodes: [], shown });

/** A row's status as evidence for the answer's codes: a row whose code and words disagree allows none. */
export const shownOfRow = (status: OrderStatus): Known[] => (status === 'unknown' ? [] : [status]);

/** A JSON order with what the page shows of it: the status both agree on; the JSON's facts where the row does not contradict them. */
export function combine(j: JsonOrder, row: ShownOrder | undefined): TikTokOrder {
  const status = statusFrom({ mainCodes: j.mainCodes, displayCodes: j.displayCodes, shown: row?.shown ?? [] });
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

export type AnswerReading =
  { ok: true; orders: TikTokOrder[] } | { ok: false; code: 'page-not-ready' | 'figures-disagree'; reason: string };

/**
 * The answer's orders completed with their rows; undefined when a row is not in the answer (the
 * answer belongs to another tab or page of the list), a failure while rows are still being drawn or
 * when a row shows another total than the answer.
 */
export function fromAnswer(answer: JsonOrder[], rows: RowShown[]): AnswerReading | undefined {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const known = new Set(answer.map((j) => j.facts.id));
  if (rows.some((r) => !known.has(r.id))) return undefined;
  if (answer.length > 0 && rows.length < answer.length)
    return { ok: false, code: 'page-not-ready', reason: `${rows.length} of ${answer.length} orders drawn so far` };
  const orders: TikTokOrder[] = [];
  for (const j of answer) {
    const row = byId.get(j.facts.id);
    if (row?.total !== undefined && j.facts.total !== undefined && Math.abs(row.total - j.facts.total) > 0.005)
      return {
        ok: false,
        code: 'figures-disagree',
        reason: `order ${j.facts.id}: the row's total is not the answer's`,
      };
    orders.push(combine(j, row));
  }
  return { ok: true, orders };
}
