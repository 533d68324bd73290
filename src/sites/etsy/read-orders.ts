// Etsy sold orders (list, the `?order_id=` overlay, the detail page): embedded state first, DOM rows second.
import type { OrderSeen, PageKind, PageReading } from '../../core/types';
import { clean } from '../dom-text';
import { etsyOrderIdFromUrl } from './detect';
import { readEtsyContext } from './embedded-state';
import { shownMatches } from '../shown-matches';
import { buyersById, ETSY_ORDER_ID, etsyOrderFromState, ordersSearch } from './orders-from-state';
import { ETSY } from './selectors';

function fromDom(doc: Document): OrderSeen[] | undefined {
  const rows = shownMatches(doc, ETSY.listRow).shown;
  if (rows.length === 0) return doc.querySelector(ETSY.emptyList) ? [] : undefined;
  const orders = rows
    .map((row) => row.querySelector(ETSY.rowOrderId)?.getAttribute('orderid') ?? '')
    .filter((id) => ETSY_ORDER_ID.test(id));
  if (orders.length !== rows.length) return undefined;
  // The DOM list gives ids only; the guard still learns the orders exist, the popup reads the rest.
  return orders.map((id) => ({
    platform: 'etsy',
    marketplace: 'GLOBAL',
    id,
    items: [],
    status: 'unknown',
    fulfilment: 'merchant',
  }));
}

export function readEtsyOrders(doc: Document, url: URL, page: PageKind): PageReading {
  const base = { platform: 'etsy' as const, page, marketplace: 'GLOBAL', url: url.href };
  const search = ordersSearch(readEtsyContext(doc));
  let orders: OrderSeen[] | undefined;
  if (search) {
    const buyers = buyersById(search.buyers);
    orders = search.orders
      .map((o) => etsyOrderFromState(o, buyers, search.states))
      .filter((o): o is OrderSeen => o !== undefined);
    if (orders.length !== search.orders.length)
      return { ...base, ok: false, code: 'id-invalid', reason: 'some orders in Etsy.Context have no order_id' };
  } else {
    orders = fromDom(doc);
  }
  if (!orders)
    return { ...base, ok: false, code: 'layout-unknown', reason: 'neither Etsy.Context orders nor order rows found' };
  const focusOrderId = etsyOrderIdFromUrl(url);
  if (page === 'order-detail' && !orders.some((o) => o.id === focusOrderId)) {
    return { ...base, ok: false, code: 'order-mismatch', reason: `order ${focusOrderId ?? '?'} not in the page data` };
  }
  return {
    ...base,
    ok: true,
    orders,
    metrics: [],
    focusOrderId: orders.some((o) => o.id === focusOrderId) ? focusOrderId : undefined,
    hasMessageBox: doc.querySelector(ETSY.messageBox) !== null,
  };
}

export function readEtsyMessages(doc: Document, url: URL): PageReading {
  const box = doc.querySelector(ETSY.messageBox);
  return {
    ok: true,
    platform: 'etsy',
    page: 'messages',
    marketplace: 'GLOBAL',
    url: url.href,
    orders: [],
    metrics: [],
    hasMessageBox: box !== null,
    focusOrderId: clean(doc.querySelector('[data-receipt-id]')?.getAttribute('data-receipt-id'), 20).match(
      /^\d+$/,
    )?.[0],
  };
}
