// Each Mercado Libre page type with its detector and the URLs that prove it, for the all × all test and
// for the engineer who registers Mercado Libre in src/sites/page-urls.ts (`reputation` is read as
// account health, `sales-list` as the order list, `sale-detail` as the order detail).
import * as d from './detect';

export const MERCADOLIBRE_PAGE_URLS = [
  { page: 'reputation', detect: d.isMercadoLibreReputation, urls: d.mercadoLibreReputationUrls },
  { page: 'sales-list', detect: d.isMercadoLibreSalesList, urls: d.mercadoLibreSalesListUrls },
  { page: 'sale-detail', detect: d.isMercadoLibreSaleDetail, urls: d.mercadoLibreSaleDetailUrls },
  { page: 'messages', detect: d.isMercadoLibreMessages, urls: d.mercadoLibreMessagesUrls },
] as const;

export const MERCADOLIBRE_OTHER_URLS = d.mercadoLibreOtherUrls;
