// The URLs that prove each detector (github-url-detection's pattern): test/sites/detect.test.ts runs
// every detector over all of them. The lists live beside their detectors in each detect.ts; this
// table only names their owners. Nothing in the extension imports it, so the content script does
// not carry them.
import type { PageKind, Platform } from '../core/types';
import * as ae from './aliexpress/detect';
import * as amazon from './amazon/detect';
import * as ebay from './ebay/detect';
import * as etsy from './etsy/detect';
import * as tiktok from './tiktok/detect';
import * as ml from './mercadolibre/detect';

export const PAGE_URLS: Partial<Record<`${Platform}/${PageKind}`, string[]>> = {
  'amazon/order-list': amazon.amazonOrderListUrls,
  'amazon/order-detail': amazon.amazonOrderDetailUrls,
  'amazon/cancel': amazon.amazonCancelUrls,
  'amazon/account-health': amazon.amazonAccountHealthUrls,
  'amazon/messages': amazon.amazonMessagesUrls,
  'etsy/order-list': etsy.etsyOrderListUrls,
  'etsy/order-detail': etsy.etsyOrderDetailUrls,
  'etsy/messages': etsy.etsyMessagesUrls,
  'aliexpress/order-list': ae.aliexpressOrderListUrls,
  'aliexpress/order-detail': ae.aliexpressOrderDetailUrls,
  'ebay/order-list': ebay.ebayOrderListUrls,
  'ebay/order-detail': ebay.ebayOrderDetailUrls,
  'ebay/account-health': ebay.ebayPerformanceUrls,
  // Cancel Details and Seller Hub's list of requests are one page kind (src/sites/ebay/pages.ts).
  'ebay/cancel': [...ebay.ebayCancelDetailsUrls, ...ebay.ebayCancellationsUrls],
  'ebay/messages': ebay.ebayMessageFrameUrls,
  'tiktok/order-list': tiktok.tiktokOrderListUrls,
  'tiktok/order-detail': tiktok.tiktokOrderDetailUrls,
  'tiktok/account-health': tiktok.tiktokShopHealthUrls,
  'tiktok/messages': tiktok.tiktokChatUrls,
  'mercadolibre/account-health': ml.mercadoLibreReputationUrls,
  'mercadolibre/order-list': ml.mercadoLibreSalesListUrls,
  'mercadolibre/order-detail': ml.mercadoLibreSaleDetailUrls,
  'mercadolibre/messages': ml.mercadoLibreMessagesUrls,
};

/** URLs on seller hosts that are no page we read. */
export const OTHER_URLS: string[] = [
  ...amazon.amazonOtherUrls,
  ...etsy.etsyOtherUrls,
  ...ae.aliexpressOtherUrls,
  ...ebay.ebayOtherUrls,
  // The seller centre home is detected but not read (its Account Health Rating is no rate we guard).
  ...tiktok.tiktokOtherUrls,
  ...tiktok.tiktokDashboardUrls,
  ...ml.mercadoLibreOtherUrls,
];
