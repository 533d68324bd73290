// Manage orders, with a guard build of its own (src/shared/guard-script.ts): the 500-row page carries
// only the list's reader.
import type { PageType } from '../page-type';
import { isEbayOrderList } from './detect';
import { EBAY } from './page-base';
import { readEbayOrderList, tickedOrderIds } from './read-order-list';
import { LIST } from './selectors';

/** The order's row in the list, where its mark goes (the row id carries the order number). */
function orderRow(doc: Document, orderId: string): Element | null {
  const row = doc.getElementById(`orderid_${orderId}__order-info`);
  return row?.matches(LIST.row) ? row : null;
}

export const ebayListPages: PageType[] = [
  { ...EBAY, page: 'order-list', detect: isEbayOrderList, read: readEbayOrderList, orderRow, ticked: tickedOrderIds },
];
