// Each TikTok Shop page type with its detector and the URLs that prove it, for the all × all test and
// for the engineer who registers TikTok in src/sites/page-urls.ts (`shop-health` is read as account
// health, `chat` as messages; `dashboard` is the seller centre home).
import * as d from './detect';

export const TIKTOK_PAGE_URLS = [
  { page: 'order-list', detect: d.isTikTokOrderList, urls: d.tiktokOrderListUrls },
  { page: 'order-detail', detect: d.isTikTokOrderDetail, urls: d.tiktokOrderDetailUrls },
  { page: 'shop-health', detect: d.isTikTokShopHealth, urls: d.tiktokShopHealthUrls },
  { page: 'dashboard', detect: d.isTikTokDashboard, urls: d.tiktokDashboardUrls },
  { page: 'chat', detect: d.isTikTokChat, urls: d.tiktokChatUrls },
] as const;

export const TIKTOK_OTHER_URLS = d.tiktokOtherUrls;
