// The sales pages, one guard build: the list (read as the order list, with its marks), a sale's
// detail, and its chat (Insert finds the chat's box again each time).
import type { PageType } from '../page-type';
import * as d from './detect';
import { MERCADOLIBRE_PAGE } from './page-base';
import { chatBox, readMercadoLibreChat } from './read-chat';
import { readMercadoLibreSaleDetail } from './read-sale-detail';
import { readMercadoLibreSalesList, saleCard } from './read-sales-list';
import { tickedSaleIds } from './ticked-sales';

export const mercadoLibreSalesPages: PageType[] = [
  {
    ...MERCADOLIBRE_PAGE,
    page: 'order-list',
    detect: d.isMercadoLibreSalesList,
    read: (doc, url, json) => readMercadoLibreSalesList(doc, url, json),
    orderRow: saleCard,
    ticked: tickedSaleIds,
  },
  { ...MERCADOLIBRE_PAGE, page: 'order-detail', detect: d.isMercadoLibreSaleDetail, read: readMercadoLibreSaleDetail },
  {
    ...MERCADOLIBRE_PAGE,
    page: 'messages',
    detect: d.isMercadoLibreMessages,
    read: readMercadoLibreChat,
    messageBox: chatBox,
  },
];
