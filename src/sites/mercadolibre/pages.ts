// Every Mercado Libre page type, for the registry and the site's guard build: the reputation page
// read as account health, the sales list as the order list, a sale's detail, and its chat.
import type { PageType } from '../page-type';
import * as d from './detect';
import { mercadoLibreMarketplaceOf } from './marketplaces';
import { chatBox, readMercadoLibreChat } from './read-chat';
import { readMercadoLibreReputation } from './read-reputation';
import { readMercadoLibreSaleDetail } from './read-sale-detail';
import { readMercadoLibreSalesList, saleCard } from './read-sales-list';

const mercadolibre = {
  platform: 'mercadolibre' as const,
  // Every detector accepts only the hosts marketplaces.ts knows, so a page type always has its country.
  marketplace: (url: URL) => mercadoLibreMarketplaceOf(url)?.code ?? 'MX',
};

export const mercadoLibrePages: PageType[] = [
  {
    ...mercadolibre,
    page: 'account-health',
    detect: d.isMercadoLibreReputation,
    read: (doc, url) => readMercadoLibreReputation(doc, url),
  },
  {
    ...mercadolibre,
    page: 'order-list',
    detect: d.isMercadoLibreSalesList,
    read: (doc, url, json) => readMercadoLibreSalesList(doc, url, json),
    orderRow: saleCard,
  },
  { ...mercadolibre, page: 'order-detail', detect: d.isMercadoLibreSaleDetail, read: readMercadoLibreSaleDetail },
  {
    ...mercadolibre,
    page: 'messages',
    detect: d.isMercadoLibreMessages,
    read: readMercadoLibreChat,
    messageBox: chatBox,
  },
];
