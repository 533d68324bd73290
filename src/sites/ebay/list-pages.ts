// Manage orders, with a guard build of its own (src/shared/guard-script.ts): the 500-row page carries
// only the list's reader.
import type { PageType } from '../page-type';
import { isEbayOrderList } from './detect';
import { EBAY } from './page-base';
import { readEbayOrderList, tickedOrderIds } from './read-order-list';
import { LIST } from './selectors';

/** Each order's row in the list, where its mark goes: by its element id, which carries the order number. */
function orderRows(doc: Document, orderIds: ReadonlySet<string>): Map<string, Element> {
  const rows = new Map<string, Element>();
  for (const id of orderIds) {
    const row = doc.getElementById(`orderid_${id}__order-info`);
    if (row?.matches(LIST.row)) rows.set(id, row);
  }
  return rows;
}

export const ebayListPages: PageType[] = [
  { ...EBAY, page: 'order-list', detect: isEbayOrderList, read: readEbayOrderList, orderRows, ticked: tickedOrderIds },
];
