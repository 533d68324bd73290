// Each eBay page type with its detector and the URLs that prove it, for the all × all test and for the
// engineer who registers eBay in src/sites/page-urls.ts. The names are page types, not yet PageKinds:
// `performance` is read as account health, `cancellations` and `cancel-details` as cancel pages.
import * as d from './detect';

export const EBAY_PAGE_URLS = [
  { page: 'order-list', detect: d.isEbayOrderList, urls: d.ebayOrderListUrls },
  { page: 'order-detail', detect: d.isEbayOrderDetail, urls: d.ebayOrderDetailUrls },
  { page: 'performance', detect: d.isEbayPerformance, urls: d.ebayPerformanceUrls },
  { page: 'cancellations', detect: d.isEbayCancellations, urls: d.ebayCancellationsUrls },
  { page: 'cancel-details', detect: d.isEbayCancelDetails, urls: d.ebayCancelDetailsUrls },
  { page: 'message-frame', detect: d.isEbayMessageFrame, urls: d.ebayMessageFrameUrls },
] as const;

export const EBAY_OTHER_URLS = d.ebayOtherUrls;
