import type { PageType } from '../page-type';
import * as d from './detect';
import { readAmazonAccountHealth } from './read-account-health';
import { readAmazonMessages } from './read-messages';
import { readAmazonOrderPage } from './read-order-detail';
import { readAmazonOrderList } from './read-order-list';

const amazon = { platform: 'amazon' as const, marketplace: d.amazonMarketplace };

export const amazonPages: PageType[] = [
  { ...amazon, page: 'order-list', detect: d.isAmazonOrderList, urls: d.amazonOrderListUrls, read: readAmazonOrderList },
  { ...amazon, page: 'order-detail', detect: d.isAmazonOrderDetail, urls: d.amazonOrderDetailUrls, read: (doc, url) => readAmazonOrderPage(doc, url, 'order-detail') },
  { ...amazon, page: 'cancel', detect: d.isAmazonCancel, urls: d.amazonCancelUrls, read: (doc, url) => readAmazonOrderPage(doc, url, 'cancel') },
  { ...amazon, page: 'account-health', detect: d.isAmazonAccountHealth, urls: d.amazonAccountHealthUrls, read: (doc, url) => readAmazonAccountHealth(doc, url) },
  { ...amazon, page: 'messages', detect: d.isAmazonMessages, urls: d.amazonMessagesUrls, read: readAmazonMessages },
];
