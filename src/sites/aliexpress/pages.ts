import type { PageType } from '../page-type';
import * as d from './detect';
import { DETAIL, NEW_LIST } from './selectors';
import { readAliExpressOrderDetail, readAliExpressOrderList } from './read-orders';

const aliexpress = { platform: 'aliexpress' as const, marketplace: () => 'GLOBAL' };

export const aliexpressPages: PageType[] = [
  {
    ...aliexpress,
    page: 'order-list',
    detect: d.isAliExpressOrderList,
    read: readAliExpressOrderList,
    orderRow: (doc, id) =>
      [...doc.querySelectorAll(NEW_LIST.orderId)].find((el) => el.textContent?.trim() === id)?.parentElement ?? null,
  },
  {
    ...aliexpress,
    page: 'order-detail',
    detect: d.isAliExpressOrderDetail,
    read: readAliExpressOrderDetail,
    messageBox: DETAIL.messageBox,
  },
];
