// The orders list as drawn: one `tr[data-log_order_status]` per order, its id, status code and
// fulfilment type, the statuses and total it shows, and (US layout: header, items and spacer rows,
// id33845889171) the buyer and the item. Brazil's single rows show no buyer, title, SKU or quantity
// (id70972444068). The JSON reader uses these rows as its cross-check; without JSON they are the reading.
import { TIKTOK_ORDER_ID } from './detect';
import { whole } from './json-fields';
import { amountLine } from './money-text';
import { LIST } from './selectors';
import { shownStatus } from './status-words';
import type { TikTokItem, TikTokOrder } from './tiktok-order';
import { isShown, shownText, visibleText } from '../visible-text';
import { visibleLines } from '../visible-lines';

export interface RowFacts {
  id: string;
  /** `data-log_order_status`; -1 (a code no table knows) when the attribute is not a number. */
  mainCode: number;
  fbt?: boolean;
  shown: NonNullable<ReturnType<typeof shownStatus>>[];
  total?: number;
  buyerNickname?: string;
  /** Read only where the rows show them (the US layout). */
  items?: TikTokItem[];
}

export type RowsReading =
  { ok: true; rows: RowFacts[] } | { ok: false; code: 'id-invalid' | 'rows-unreadable'; reason: string };

const SKU_LINE = /^(?:seller sku|sku do vendedor|sku del vendedor|sku penjual|sku người bán)\s*[:：]\s*(.+)$/i;
const QUANTITY_LINE = /^[×x✕]\s*(\d{1,5})$/;
/** Lines never read as a status or an amount: names, titles, the id's link. */
const NOT_FIGURES = `${LIST.clamped}, ${LIST.loggedClick}, a`;
const FULFILMENT: Readonly<Record<string, boolean>> = { '0': false, '1': true };

const distinct = <T>(values: T[]): T[] => [...new Set(values)];

function idOf(row: Element): string | undefined {
  const id = shownText(row, LIST.orderId, 40);
  if (!id || !TIKTOK_ORDER_ID.test(id)) return undefined;
  const attr = row.getAttribute('data-log_order_id');
  if (attr !== null && attr !== id) return undefined;
  for (const link of row.querySelectorAll(LIST.detailLink)) {
    const linked = new URL(link.getAttribute('href') ?? '', 'https://seller.invalid/').searchParams.get('order_no');
    if (linked !== id) return undefined;
  }
  return id;
}

/** Each order's other rows (US: its items row), found once for the whole table. */
function rowsByOrder(doc: Document): Map<string, Element[]> {
  const byId = new Map<string, Element[]>();
  for (const marker of doc.querySelectorAll(LIST.rowOfOrder)) {
    const tr = marker.closest('tr');
    const id = marker.getAttribute('data-log_main_order_id') ?? '';
    if (tr && !tr.hasAttribute('data-log_order_status')) byId.set(id, [...(byId.get(id) ?? []), tr]);
  }
  return byId;
}

function itemOf(itemRows: Element[]): TikTokItem | 'unreadable' | undefined {
  const clamped = itemRows.flatMap((r) => [...r.querySelectorAll(LIST.clamped)].filter((el) => isShown(el, r)));
  const texts = clamped.map((el) => visibleText(el, 500)).filter(Boolean);
  const titles = distinct(texts.filter((t) => !SKU_LINE.test(t)));
  const lines = itemRows.flatMap((r) => visibleLines(r).map((l) => l.text));
  const skus = distinct(lines.flatMap((l) => SKU_LINE.exec(l)?.[1] ?? []));
  const quantities = distinct(lines.flatMap((l) => QUANTITY_LINE.exec(l)?.[1] ?? []));
  // Several products in one order: which SKU and quantity go with which title is not ours to guess.
  if (titles.length > 1) return undefined;
  if (titles.length === 0 || quantities.length !== 1) return 'unreadable';
  const item: TikTokItem = { title: titles[0]!, quantity: Number(quantities[0]) };
  if (skus.length === 1) item.sellerSku = skus[0]!.slice(0, 100);
  return item;
}

function readRow(row: Element, others: Element[], currency: string): RowFacts | 'unreadable' {
  const group = [row, ...others];
  const lines = group.flatMap((r) =>
    visibleLines(r).filter((l) => {
      const inside = l.node.parentElement?.closest(NOT_FIGURES);
      return !(inside && r.contains(inside));
    }),
  );
  const totals = distinct(lines.map((l) => amountLine(l.text, currency)).filter((a) => a !== undefined));
  const facts: RowFacts = {
    id: '',
    mainCode: whole(row.getAttribute('data-log_order_status')) ?? -1,
    fbt: FULFILMENT[row.getAttribute('data-log_order_fulfillment_type') ?? ''],
    shown: lines.map((l) => shownStatus(l.text)).filter((s) => s !== undefined),
    total: totals.length === 1 ? totals[0] : undefined,
  };
  if (others.length) {
    const item = itemOf(others);
    if (item === 'unreadable') return 'unreadable';
    facts.items = item ? [item] : [];
    const buyers = distinct(
      [...row.querySelectorAll(LIST.clamped)].filter((el) => isShown(el, row)).map((el) => visibleText(el, 200)),
    );
    if (buyers.length === 1 && buyers[0]) facts.buyerNickname = buyers[0];
  }
  return facts;
}

export function readRows(doc: Document, currency: string): RowsReading {
  const rows = [...doc.querySelectorAll(LIST.orderRow)].filter((r) => isShown(r, doc.documentElement));
  const others = rows.length ? rowsByOrder(doc) : new Map<string, Element[]>();
  const out: RowFacts[] = [];
  for (const row of rows) {
    const id = idOf(row);
    if (!id) return { ok: false, code: 'id-invalid', reason: 'an order row without one readable 18-digit order id' };
    const facts = readRow(row, others.get(id) ?? [], currency);
    if (facts === 'unreadable')
      return { ok: false, code: 'rows-unreadable', reason: `order ${id}: item row without title or quantity` };
    out.push({ ...facts, id });
  }
  return { ok: true, rows: out };
}

/** A row's facts as the order they describe, when there is no JSON to read. */
export function orderOfRow(row: RowFacts, currency: string, status: TikTokOrder['status']): TikTokOrder {
  const order: TikTokOrder = { id: row.id, status };
  if (row.buyerNickname) order.buyerNickname = row.buyerNickname;
  if (row.items) order.items = row.items;
  if (row.total !== undefined) Object.assign(order, { total: row.total, currency });
  if (row.fbt !== undefined) order.fbt = row.fbt;
  return order;
}
