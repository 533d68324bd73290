// The orders list as drawn: one `tr[data-log_order_status]` per order, its id, status code and
// fulfilment type, the statuses and total it shows, and (US layout: header, items and spacer rows,
// id33845889171) the buyer and the item. Brazil's single rows show no buyer, title, SKU or quantity
// (id70972444068). The JSON reader uses these rows as its cross-check; without JSON they are the
// reading. Each group of rows is walked once: a 500-order page is read inside the page's frame budget.
import { TIKTOK_ORDER_ID } from './detect';
import { clampedOf, distinct, drawn, quantitiesOf, type DrawnOrder } from './drawn-order';
import { walkOf, type Walk } from './row-walk';
import { LIST } from './selectors';
import type { shownStatus } from './status-words';
import type { TikTokItem, TikTokOrder } from './tiktok-order';
import { visibleText } from '../visible-text';

export type { DrawnOrder } from './drawn-order';

export interface RowFacts {
  id: string;
  /** `data-log_order_status`; -1 (a code no table knows) when the attribute is not a number. */
  mainCode: number;
  fbt?: boolean;
  shown: NonNullable<ReturnType<typeof shownStatus>>[];
  total?: number;
  /** The row shows the tag of a buyer's cancellation request waiting for the seller (./request-words.ts). */
  requestShown?: true;
}

export type RowsReading =
  { ok: true; rows: DrawnOrder[]; walk: Walk } | { ok: false; code: 'id-invalid' | 'rows-unreadable'; reason: string };

const SKU_LINE = /^(?:seller sku|sku do vendedor|sku del vendedor|sku penjual|sku người bán)\s*[:：]\s*(.+)$/i;
const ORDER_NO = /[?&]order_no=(\d+)(?:&|#|$)/;

/**
 * The row's order id: TikTok's own `data-log_order_id` where the row has one (US), which its text
 * and its detail link must carry too; otherwise (Brazil) the one id the row shows.
 */
function idOf(row: Element, w: Walk): string | undefined {
  const attr = row.getAttribute('data-log_order_id');
  let id: string | undefined;
  if (attr !== null) id = row.textContent?.includes(attr) ? attr : undefined;
  else {
    const shown = [...row.querySelectorAll(LIST.orderId)].filter(w.seen).map((el) => visibleText(el, 40));
    id = distinct(shown.filter(Boolean)).length === 1 ? shown.find(Boolean) : undefined;
  }
  if (!id || !TIKTOK_ORDER_ID.test(id)) return undefined;
  for (const link of row.querySelectorAll(LIST.detailLink))
    if (ORDER_NO.exec(link.getAttribute('href') ?? '')?.[1] !== id) return undefined;
  return id;
}

/** Each order's other rows (US: its items row), found once for the whole table. */
function rowsByOrder(doc: Document): Map<string, Element[]> {
  const byId = new Map<string, Element[]>();
  for (const marker of doc.querySelectorAll(LIST.rowOfOrder)) {
    const tr = marker.closest('tr');
    const id = marker.getAttribute('data-log_main_order_id') ?? '';
    if (!tr || tr.hasAttribute('data-log_order_status')) continue;
    const rows = byId.get(id);
    if (rows) rows.push(tr);
    else byId.set(id, [tr]);
  }
  return byId;
}

export function readRows(doc: Document, currency: string): RowsReading {
  const walk = walkOf(doc, currency);
  const rows = [...doc.querySelectorAll(LIST.orderRow)].filter((r) => walk.usable(r));
  if (rows.length === 0) return { ok: true, rows: [], walk };
  const others = rowsByOrder(doc);
  const out: DrawnOrder[] = [];
  for (const row of rows) {
    const id = idOf(row, walk);
    if (!id) return { ok: false, code: 'id-invalid', reason: 'an order row without one readable 18-digit order id' };
    out.push(drawn(id, row, others.get(id) ?? [], walk));
  }
  return { ok: true, rows: out, walk };
}

type Clamped = ReturnType<typeof clampedOf>;

/** What the rows show of the item: one product, or none we can pair (several titles); 'unreadable' when its quantity is missing. */
function itemOf(clamped: Clamped, quantityLines: string[]): TikTokItem[] | 'unreadable' {
  const inItems = clamped.filter((c) => !c.inHeader);
  const titles = distinct(inItems.filter((c) => !SKU_LINE.test(c.text)).map((c) => c.text));
  const skus = distinct(inItems.flatMap((c) => SKU_LINE.exec(c.text)?.[1] ?? []));
  const quantities = distinct(quantityLines);
  if (titles.length > 1) return [];
  if (titles.length === 0 || quantities.length !== 1) return 'unreadable';
  const item: TikTokItem = { title: titles[0]!.slice(0, 500), quantity: Number(quantities[0]) };
  if (skus.length === 1) item.sellerSku = skus[0]!.slice(0, 100);
  return [item];
}

/** A drawn order as the reading, when there is no answer to read: 'unreadable' when its item row is. */
export function orderOfRow(o: DrawnOrder, w: Walk, status: TikTokOrder['status']): TikTokOrder | 'unreadable' {
  const order: TikTokOrder = { id: o.facts.id, status };
  if (o.itemRows.length) {
    const clamped = clampedOf(o);
    const items = itemOf(clamped, quantitiesOf(o, w));
    if (items === 'unreadable') return 'unreadable';
    const buyers = distinct(clamped.filter((c) => c.inHeader).map((c) => c.text));
    if (buyers.length === 1 && buyers[0]) order.buyerNickname = buyers[0].slice(0, 200);
    order.items = items;
  }
  if (o.facts.total !== undefined) Object.assign(order, { total: o.facts.total, currency: w.currency });
  if (o.facts.fbt !== undefined) order.fbt = o.facts.fbt;
  // A cancelled order's request is settled, as in the answer's reading (read-order-list.ts combine).
  if (o.facts.requestShown && status !== 'cancelled') order.cancelRequest = {};
  return order;
}
