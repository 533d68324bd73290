// A Manage Orders row's own figures (order id, buyer, status), each from its cell. Asked of every
// row of the list on the page's first reading, when none of our code is warm yet: so a clean cell's
// one match is taken as the page has it, and tested or looked up before anything tidies it (the id in
// one regular expression instead of two, the status from the cache of texts seen: 500 rows read
// 1–3 ms sooner). A cell that may hide something, or holds several matches, is weighed match by match
// (shownTextIn).
import type { OrderStatus } from '../../core/types';
import { clean as tidy } from '../dom-text';
import { isCleanRegion, onlyMatchText, shownTextIn } from '../visible-text';
import { AMAZON_ORDER_ID } from './detect';
import { statusFromText } from './labels';
import { LIST } from './selectors';

/** An order id with nothing but whitespace around it: what tidying then testing the whole text accepts. */
const ONLY_AN_ORDER_ID = new RegExp(`^\\s*(${AMAZON_ORDER_ID.source.replace(/^\^|\$$/g, '')})\\s*$`);

/** The order id the order cell's link shows, if it is one. `clean`: isCleanRegion(cell), asked once for the row. */
export function orderIdIn(cell: Element, clean: boolean): string | undefined {
  const raw = clean ? onlyMatchText(cell, LIST.orderLink) : undefined;
  if (raw !== undefined) return ONLY_AN_ORDER_ID.exec(raw)?.[1];
  const id = shownTextIn(cell, LIST.orderLink, 64, clean);
  return id && AMAZON_ORDER_ID.test(id) ? id : undefined;
}

/** The buyer's name the order cell shows. */
export function buyerIn(cell: Element, clean: boolean): string | undefined {
  const raw = clean ? onlyMatchText(cell, LIST.buyer) : undefined;
  return raw !== undefined ? tidy(raw, 200) || undefined : shownTextIn(cell, LIST.buyer, 200, clean);
}

/** The status the status cell shows; unknown without one. Its one figure: the cell is checked here. */
export function statusIn(cell: Element | undefined): OrderStatus {
  if (!cell) return 'unknown';
  const clean = isCleanRegion(cell);
  const raw = clean ? onlyMatchText(cell, LIST.mainStatus) : undefined;
  return statusFromText(raw ?? shownTextIn(cell, LIST.mainStatus, 500, clean) ?? '');
}
