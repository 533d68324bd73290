// Every eBay Seller Hub page type, for the registry and eBay's guard build. The two cancellation
// pages (Cancel Details and Seller Hub's list of requests) are one page kind, `cancel`.
import type { PageType } from '../page-type';
import * as d from './detect';
import { ebayMarketplaceOf } from './marketplaces';
import { readEbayCancelDetails, readEbayCancellations } from './read-cancellations';
import { readEbayMessageFrame } from './read-message-frame';
import { readEbayOrderDetail } from './read-order-detail';
import { readEbayOrderList } from './read-order-list';
import { readEbayPerformance } from './read-performance';
import { LIST, MESSAGE } from './selectors';

const ebay = { platform: 'ebay' as const, marketplace: (url: URL) => ebayMarketplaceOf(url)?.code ?? 'US' };

/** The order's row in the list, where its mark goes (the row id carries the order number). */
function orderRow(doc: Document, orderId: string): Element | null {
  const row = doc.getElementById(`orderid_${orderId}__order-info`);
  return row?.matches(LIST.row) ? row : null;
}

export const ebayPages: PageType[] = [
  { ...ebay, page: 'order-list', detect: d.isEbayOrderList, read: readEbayOrderList, orderRow },
  { ...ebay, page: 'order-detail', detect: d.isEbayOrderDetail, read: readEbayOrderDetail },
  { ...ebay, page: 'account-health', detect: d.isEbayPerformance, read: (doc, url) => readEbayPerformance(doc, url) },
  {
    ...ebay,
    page: 'cancel',
    detect: (url) => d.isEbayCancelDetails(url) || d.isEbayCancellations(url),
    read: (doc, url) =>
      d.isEbayCancelDetails(url) ? readEbayCancelDetails(doc, url) : readEbayCancellations(doc, url),
  },
  { ...ebay, page: 'messages', detect: d.isEbayMessageFrame, read: readEbayMessageFrame, messageBox: MESSAGE.box },
];
