import { firstPerOrderId } from '../order-rows';
import type { PageType } from '../page-type';
import * as d from './detect';
import { ETSY } from './selectors';
import { readEtsyMessages, readEtsyOrders } from './read-orders';

const etsy = { platform: 'etsy' as const, marketplace: () => 'GLOBAL', messageBox: ETSY.messageBox };

export const etsyPages: PageType[] = [
  {
    ...etsy,
    page: 'order-list',
    detect: d.isEtsyOrderList,
    read: (doc, url) => readEtsyOrders(doc, url, 'order-list'),
    orderRows: (doc, ids) =>
      firstPerOrderId(
        doc.querySelectorAll(`${ETSY.listRow} button[orderid]`),
        ids,
        // Only a receipt number names an order: any other attribute value is no order's.
        (button) => /^\d+$/.exec(button.getAttribute('orderid') ?? '')?.[0],
        (button) => button.closest(ETSY.listRow),
      ),
  },
  {
    ...etsy,
    page: 'order-detail',
    detect: d.isEtsyOrderDetail,
    read: (doc, url) => readEtsyOrders(doc, url, 'order-detail'),
  },
  { ...etsy, page: 'messages', detect: d.isEtsyMessages, read: readEtsyMessages },
];
