// The sales pages, one guard build: the list (read as the order list, with its marks; fed by its own
// answer, which the background checks the cards against), a sale's
// detail, and its chat (Insert finds the chat's box again each time).
import type { PageType } from '../page-type';
import * as d from './detect';
import { MERCADOLIBRE_PAGE } from './page-base';
import { chatBox, readMercadoLibreChat } from './read-chat';
import { readMercadoLibreSaleDetail } from './read-sale-detail';
import { SALES_BRICKS_PATH } from '../../page-world/mercadolibre-paths';
import { readMercadoLibreSaleRows, readMercadoLibreSalesList } from './read-sales-list';
import { saleCards } from './sale-card';
import { tickedSaleIds } from './ticked-sales';

export const mercadoLibreSalesPages: PageType[] = [
  {
    ...MERCADOLIBRE_PAGE,
    page: 'order-list',
    detect: d.isMercadoLibreSalesList,
    read: (doc, url, json) => readMercadoLibreSalesList(doc, url, json),
    // Once its bricks answer was seen, the background checks the cards against it (./sales-feed.ts).
    fedBy: { path: SALES_BRICKS_PATH, readRows: (doc, url) => readMercadoLibreSaleRows(doc, url) },
    orderRows: saleCards,
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
