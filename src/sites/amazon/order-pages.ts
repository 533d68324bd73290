// Amazon Seller Central's order pages and messages: the page types the orders guard build carries.
import { ORDERS_SEARCH_PATH } from '../../page-world/channel';
import { firstPerOrderId } from '../order-rows';
import type { PageType } from '../page-type';
import * as d from './detect';
import { LIST, MESSAGES } from './selectors';
import { readAmazonMessages } from './read-messages';
import { readAmazonOrderPage } from './read-order-detail';
import { readAmazonOrderList, readAmazonOrderRows, tickedOrderIds } from './read-order-list';

const amazon = { platform: 'amazon' as const, marketplace: d.amazonMarketplace };

/** Each order's cell in the list, where its marks go: the cell of the first link showing its id. */
const orderCells = (doc: Document, orderIds: ReadonlySet<string>) =>
  firstPerOrderId(
    doc.querySelectorAll(`${LIST.orderCell} ${LIST.orderLink}`),
    orderIds,
    (link) => link.textContent?.trim(),
    (link) => link.closest(LIST.orderCell),
  );

/** Manage Orders, order detail, cancel and messages: the pages one guard build serves. */
export const amazonOrderPages: PageType[] = [
  {
    ...amazon,
    page: 'order-list',
    detect: d.isAmazonOrderList,
    read: readAmazonOrderList,
    fedBy: { path: ORDERS_SEARCH_PATH, readRows: readAmazonOrderRows },
    orderRows: orderCells,
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
