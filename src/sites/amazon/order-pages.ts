// Amazon Seller Central's order pages and messages: the page types the orders guard build carries.
import { ORDERS_SEARCH_PATH } from '../../page-world/channel';
import type { PageType } from '../page-type';
import * as d from './detect';
import { LIST, MESSAGES } from './selectors';
import { readAmazonMessages } from './read-messages';
import { readAmazonOrderPage } from './read-order-detail';
import { readAmazonOrderList, readAmazonOrderRows, tickedOrderIds } from './read-order-list';

const amazon = { platform: 'amazon' as const, marketplace: d.amazonMarketplace };

function orderCell(doc: Document, orderId: string): Element | null {
  const link = [...doc.querySelectorAll(`${LIST.orderCell} ${LIST.orderLink}`)].find(
    (a) => a.textContent?.trim() === orderId,
  );
  return link?.closest(LIST.orderCell) ?? null;
}

/** Manage Orders, order detail, cancel and messages: the pages one guard build serves. */
export const amazonOrderPages: PageType[] = [
  {
    ...amazon,
    page: 'order-list',
    detect: d.isAmazonOrderList,
    read: readAmazonOrderList,
    fedBy: { path: ORDERS_SEARCH_PATH, readRows: readAmazonOrderRows },
    orderRow: orderCell,
    ticked: tickedOrderIds,
  },
  {
    ...amazon,
    page: 'order-detail',
    detect: d.isAmazonOrderDetail,
    read: (doc, url) => readAmazonOrderPage(doc, url, 'order-detail'),
  },
  { ...amazon, page: 'cancel', detect: d.isAmazonCancel, read: (doc, url) => readAmazonOrderPage(doc, url, 'cancel') },
  { ...amazon, page: 'messages', detect: d.isAmazonMessages, read: readAmazonMessages, messageBox: MESSAGES.box },
];
