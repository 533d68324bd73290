import { firstPerOrderId } from '../order-rows';
import type { PageType } from '../page-type';
import * as d from './detect';
import { DETAIL, LEGACY_LIST, NEW_LIST } from './selectors';
import { readAliExpressOrderDetail, readAliExpressOrderList } from './read-orders';

const aliexpress = { platform: 'aliexpress' as const, marketplace: () => 'GLOBAL' };

export const aliexpressPages: PageType[] = [
  {
    ...aliexpress,
    page: 'order-list',
    detect: d.isAliExpressOrderList,
    read: readAliExpressOrderList,
    orderRows: (doc, ids) =>
      firstPerOrderId(
        // Either list's id: the legacy list's marks go beside its id as well.
        doc.querySelectorAll(`${NEW_LIST.orderId}, ${LEGACY_LIST.orderId}`),
        ids,
        (el) => el.textContent?.trim(),
        (el) => el.parentElement,
      ),
  },
  {
    ...aliexpress,
    page: 'order-detail',
    detect: d.isAliExpressOrderDetail,
    read: readAliExpressOrderDetail,
    messageBox: DETAIL.messageBox,
  },
];
