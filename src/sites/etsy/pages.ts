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
    orderRow: (doc, id) =>
      /^\d+$/.test(id)
        ? (doc.querySelector(`${ETSY.listRow} button[orderid="${id}"]`)?.closest(ETSY.listRow) ?? null)
        : null,
  },
  {
    ...etsy,
    page: 'order-detail',
    detect: d.isEtsyOrderDetail,
    read: (doc, url) => readEtsyOrders(doc, url, 'order-detail'),
  },
  { ...etsy, page: 'messages', detect: d.isEtsyMessages, read: readEtsyMessages },
];
