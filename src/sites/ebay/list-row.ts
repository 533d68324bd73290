// One row of Seller Hub's orders list → the order it shows. The order number must say the same in the
// row's id, the bulk checkbox and the detail link, or the row is not read; the buyer's user id comes
// from the checkbox, the display name is the other of the two names beside it; dates and quantity
// come from the cells under their headings; a sale paid before it was sold means the cells were not
// where the headings said, and neither date is kept.
import type { OrderItem, OrderSeen } from '../../core/types';
import { lineTexts } from '../visible-lines';
import { isShown, visibleText } from '../visible-text';
import { EBAY_ORDER_ID } from './detect';
import { ebayDate, ebayDateAfter } from './ebay-dates';
import { ebayMoney, type Money } from './ebay-money';
import { cellOf, type Columns } from './list-columns';
import { LIST } from './selectors';
import { AMBIGUOUS, soleValue, valueIn } from './sole-value';
import { readStatusLines } from './status-words';

export interface RowContext {
  marketplace: string;
  currency: string;
  columns: Columns | undefined;
}

export type RowResult =
  { order: OrderSeen } | { code: 'id-invalid' | 'order-mismatch' | 'rows-unreadable'; reason: string };

/** eBay user ids: letters, digits and a few marks, no spaces (eBay's own rule). */
const USER_ID = /^[\p{L}\p{N}._*-]{1,64}$/u;

/** The order number the row's own hooks agree on, or why they do not. */
function rowOrderId(row: Element): string | RowResult {
  const id = LIST.rowId.exec(row.id)?.[1] ?? '';
  if (!EBAY_ORDER_ID.test(id)) return { code: 'id-invalid', reason: `row id "${row.id.slice(0, 60)}" names no order` };
  const box = row.querySelector(LIST.checkbox)?.getAttribute('data-ordernumber');
  if (box != null && box !== id) return { code: 'order-mismatch', reason: `row ${id} ticks order ${box.slice(0, 30)}` };
  for (const link of row.querySelectorAll(LIST.detailLink)) {
    const linked = /[?&]orderid=([^&#]+)/i.exec(link.getAttribute('href') ?? '')?.[1];
    const shown = visibleText(link, 64);
    if ((linked && linked !== id) || (shown && EBAY_ORDER_ID.test(shown) && shown !== id))
      return { code: 'order-mismatch', reason: `row ${id} links to another order` };
  }
  return id;
}

function buyerOf(row: Element): Pick<OrderSeen, 'buyerId' | 'buyerName'> {
  const attr = row.querySelector(LIST.checkbox)?.getAttribute('data-buyer-id') ?? '';
  const buyerId = USER_ID.test(attr) ? attr : undefined;
  const names = new Set<string>();
  for (const span of row.querySelectorAll(LIST.buyerSpans)) {
    const text = isShown(span, row) ? visibleText(span, 200) : undefined;
    if (text && text !== buyerId) names.add(text);
  }
  // Without the id to tell them apart, two names beside each other say nothing for sure.
  return { buyerId, buyerName: buyerId && names.size === 1 ? [...names][0] : undefined };
}

const quantityOf = (text: string) => (/^\d{1,5}$/.test(text) ? Number(text) : undefined);

function itemsOf(row: Element, ctx: RowContext): OrderItem[] | undefined {
  const titles = new Set<string>();
  for (const a of row.querySelectorAll(LIST.itemTitle)) {
    const title = isShown(a, row) ? visibleText(a) : undefined;
    if (title) titles.add(title);
  }
  // Several listings in one row: which quantity is whose is not known, so none is said.
  if (titles.size !== 1) return [];
  const quantity = valueIn(cellOf(row, ctx.columns, 'quantity'), quantityOf);
  return quantity === undefined ? undefined : [{ title: [...titles][0]!, quantity }];
}

function totalOf(row: Element, ctx: RowContext): Money | undefined {
  const found = new Map<string, Money>();
  for (const el of row.querySelectorAll(LIST.total)) {
    if (!isShown(el, row)) continue;
    const value = soleValue(el, (t) => ebayMoney(t, ctx.currency));
    if (value === AMBIGUOUS) return undefined;
    if (value) found.set(JSON.stringify(value), value);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

function datesOf(row: Element, ctx: RowContext): { soldOn?: number; paidOn?: number } {
  const date = (text: string) => ebayDate(text, ctx.marketplace);
  const soldOn = valueIn(cellOf(row, ctx.columns, 'sold'), date);
  const paidOn = valueIn(cellOf(row, ctx.columns, 'paid'), date);
  return soldOn !== undefined && paidOn !== undefined && paidOn < soldOn ? {} : { soldOn, paidOn };
}

export function readListRow(row: Element, ctx: RowContext): RowResult {
  const id = rowOrderId(row);
  if (typeof id !== 'string') return id;
  const items = itemsOf(row, ctx);
  if (!items) return { code: 'rows-unreadable', reason: `order ${id}: its quantity could not be read` };
  const statusEl = [...row.querySelectorAll(LIST.status)].filter((el) => isShown(el, row));
  const status = readStatusLines(statusEl.length === 1 ? lineTexts(statusEl[0]!) : []);
  const { soldOn } = datesOf(row, ctx);
  const total = totalOf(row, ctx);
  const order: OrderSeen = {
    platform: 'ebay',
    marketplace: ctx.marketplace,
    id,
    orderedAt: soldOn,
    ...buyerOf(row),
    items,
    status: status.status,
    fulfilment: 'merchant',
    shipBy: status.shipBy ? ebayDateAfter(status.shipBy, ctx.marketplace, soldOn) : undefined,
    total: total?.amount,
    currency: total?.currency,
    cancelRequest: status.cancelRequested ? { viaPlatform: true } : undefined,
  };
  return { order };
}
