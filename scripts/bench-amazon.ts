// Amazon's 500-row Manage Orders pages as `npm run bench` and scripts/profile-amazon.ts serve them: the
// list as Seller Central builds it from its own /orders-api/search answer, and the same rows as plain
// markup (the readers' fallback when the page's JSON is not seen).
import {
  liveOrderListHtml,
  manyRows,
  orderListHtml,
  ORDERS_SEARCH_URL,
  ordersSearchJson,
} from '../test/fixtures/amazon/order-list-builder';
import type { SamplePage } from './sample-pages';

const ORIGIN = 'https://sellercentral.amazon.com';
/** The list as Seller Central builds it: a shell that renders its rows from /orders-api/search. */
export const LIVE_URL = `${ORIGIN}/orders-v3/mfn/unshipped?page=1&bench=live`;
/** The same 500 rows as plain markup. */
export const LIST_URL = `${ORIGIN}/orders-v3/mfn/unshipped?page=1&bench=500`;

/** Built once: serving a page should not include building it, a cost that only adds noise. */
export const once = (make: () => string) => {
  let text: string | undefined;
  return () => (text ??= make());
};

export function amazonBenchPages(): SamplePage[] {
  const rows = manyRows(500);
  return [
    { name: 'bench-500', url: LIST_URL, html: once(() => orderListHtml(rows)) },
    { name: 'bench-live', url: LIVE_URL, html: once(() => liveOrderListHtml(rows)) },
    {
      name: 'bench-live-json',
      url: `${ORIGIN}${ORDERS_SEARCH_URL}`,
      html: once(() => ordersSearchJson(rows)),
      contentType: 'application/json',
    },
  ];
}
