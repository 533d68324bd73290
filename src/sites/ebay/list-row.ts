// One row of Seller Hub's orders list → the order it shows. The order number must say the same in the
// row's id, the bulk checkbox and the detail link, or the row is not read; the buyer's user id comes
// from the checkbox, the display name is the other of the two names beside it; dates and quantity
// come from the cells under their headings; a sale paid before it was sold means the cells were not
// where the headings said, and neither date is kept. A list has hundreds of rows: each row's hooks
// are looked up once, and visibility is checked where a hook is found more than once.
import type { OrderItem, OrderSeen } from '../../core/types';
import { lineTexts } from '../visible-lines';
import { afterSaleFacts } from './after-sale-facts';
import { afterSaleLine } from './after-sale-lines';
import { EBAY_ORDER_ID } from './detect';
import { ebayDate, ebayDateAfter } from './ebay-dates';
import { ebayMoney, type Money } from './ebay-money';
import { cellOf, type Columns } from './list-columns';
import type { RowHooks } from './list-hooks';
import { LIST } from './selectors';
import { AMBIGUOUS, soleValue, valueIn } from './sole-value';
import { shownIn, textIn, textsIn } from './row-texts';
import { readStatusLines } from './status-cell';

export interface RowContext {
  marketplace: string;
  currency: string;
  columns: Columns | undefined;
}

export type RowResult =
  { order: OrderSeen } | { code: 'id-invalid' | 'order-mismatch' | 'rows-unreadable'; reason: string };

/** eBay user ids: letters, digits and a few marks, no spaces (eBay's own rule). */
const USER_ID = /^[\p{L}\p{N}._*-]{1,64}$/u;
/** The same in ASCII, tried first: most ids are, and it spares a new tab building the Unicode classes. */
const PLAIN_USER_ID = /^[A-Za-z0-9._*-]{1,64}$/;

const quantityOf = (text: string) => (/^\d{1,5}$/.test(text) ? Number(text) : undefined);

/** The order number the row's own hooks agree on, or why they do not. */
function rowOrderId(row: Element, box: Element | undefined, links: Element[]): string | RowResult {
  const id = LIST.rowId.exec(row.id)?.[1] ?? '';
  if (!EBAY_ORDER_ID.test(id)) return { code: 'id-invalid', reason: `row id "${row.id.slice(0, 60)}" names no order` };
  const ticks = box?.getAttribute('data-ordernumber');
  if (ticks != null && ticks !== id)
    return { code: 'order-mismatch', reason: `row ${id} ticks order ${ticks.slice(0, 30)}` };
  for (const link of links) {
    const linked = /[?&]orderid=([^&#]+)/i.exec(link.getAttribute('href') ?? '')?.[1];
    const shown = textIn(link, 64);
    if ((linked && linked !== id) || (shown && EBAY_ORDER_ID.test(shown) && shown !== id))
      return { code: 'order-mismatch', reason: `row ${id} links to another order` };
  }
  return id;
}

function buyerOf(row: Element, box: Element | undefined, spans: Element[]): Pick<OrderSeen, 'buyerId' | 'buyerName'> {
  const attr = box?.getAttribute('data-buyer-id') ?? '';
  const buyerId = PLAIN_USER_ID.test(attr) || USER_ID.test(attr) ? attr : undefined;
  const names = textsIn(row, spans, 200, buyerId);
  // Without the id to tell them apart, two names beside each other say nothing for sure.
  return { buyerId, buyerName: buyerId && names.size === 1 ? [...names][0] : undefined };
}

function itemsOf(row: Element, cells: HTMLCollection, links: Element[], ctx: RowContext): OrderItem[] | undefined {
  const titles = textsIn(row, links);
  // Several listings in one row: which quantity is whose is not known, so none is said.
  if (titles.size !== 1) return [];
  const quantity = valueIn(cellOf(cells, ctx.columns, 'quantity'), quantityOf);
  return quantity === undefined ? undefined : [{ title: [...titles][0]!, quantity }];
}

function totalOf(row: Element, totals: Element[], ctx: RowContext): Money | undefined {
  const found = new Map<string, Money>();
  for (const el of shownIn(row, totals)) {
    const value = soleValue(el, (t) => ebayMoney(t, ctx.currency));
    if (value === AMBIGUOUS) return undefined;
    if (value) found.set(`${value.amount} ${value.currency}`, value);
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** The sale date, unless the date paid comes before it (then the cells were not what their headings said). */
function soldOn(cells: HTMLCollection, ctx: RowContext): number | undefined {
  const date = (text: string) => ebayDate(text, ctx.marketplace);
  const sold = valueIn(cellOf(cells, ctx.columns, 'sold'), date);
  const paid = valueIn(cellOf(cells, ctx.columns, 'paid'), date);
  return sold !== undefined && paid !== undefined && paid < sold ? undefined : sold;
}

export function readListRow(row: Element, hooks: RowHooks, ctx: RowContext): RowResult {
  const box = hooks.checkbox.length === 1 ? hooks.checkbox[0] : undefined;
  if (hooks.checkbox.length > 1)
    return { code: 'order-mismatch', reason: `row ${row.id.slice(0, 60)}: two checkboxes` };
  const id = rowOrderId(row, box, hooks.detailLink);
  if (typeof id !== 'string') return id;
  const cells = row.children;
  const items = itemsOf(row, cells, hooks.itemTitle, ctx);
  if (!items) return { code: 'rows-unreadable', reason: `order ${id}: its quantity could not be read` };
  const statusEl = shownIn(row, hooks.status);
  const lines = statusEl.length === 1 ? lineTexts(statusEl[0]!) : [];
  const status = readStatusLines(lines);
  const open = new Set(lines.map(afterSaleLine).filter((k) => k !== undefined));
  const sold = soldOn(cells, ctx);
  const total = totalOf(row, hooks.total, ctx);
  return {
    order: {
      platform: 'ebay',
      marketplace: ctx.marketplace,
      id,
      orderedAt: sold,
      ...buyerOf(row, box, hooks.buyerSpans),
      items,
      status: status.status,
      fulfilment: 'merchant',
      shipBy: status.shipBy ? ebayDateAfter(status.shipBy, ctx.marketplace, sold) : undefined,
      total: total?.amount,
      currency: total?.currency,
      cancelRequest: status.cancelRequested ? { viaPlatform: true } : undefined,
      ...afterSaleFacts(status, open, ctx.marketplace, sold),
    },
  };
}
