import { launchWithExtension } from '../chromium';
import { routeSamplePages, type SamplePage } from '../sample-pages';
import { mainThreadFigure, tracedLoad } from '../bench-main-thread';
import { liveOrderListHtml, manyRows, orderListHtml, ORDERS_SEARCH_URL, ordersSearchJson } from '../../test/fixtures/amazon/order-list-builder';
const LIVE_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=live';
const LIST_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=500';
const unmatched = (url: string, n = 1) => url.replace('/orders-v3/', `/seller-guard-bench-unmatched-${n}/`);
const rows = manyRows(500);
const live = liveOrderListHtml(rows), list = orderListHtml(rows), json = ordersSearchJson(rows);
const pages: SamplePage[] = [
  { name: 'l', url: LIVE_URL, html: () => live },
  { name: 'm', url: LIST_URL, html: () => list },
  { name: 'l2', url: unmatched(LIVE_URL), html: () => live },
  { name: 'm2', url: unmatched(LIST_URL), html: () => list },
  { name: 'j', url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL}`, html: () => json, contentType: 'application/json' },
];
const ext = await launchWithExtension({ headless: true });
await routeSamplePages(ext.context, pages);
const ours = (u: string) => u.startsWith(`chrome-extension://${ext.extensionId}/`);
for (const url of [LIVE_URL, LIST_URL]) {
  const f = await mainThreadFigure((side) => tracedLoad(ext.context, side === 'with' ? url : unmatched(url), (page) =>
    side === 'with' ? page.waitForFunction(() => performance.getEntriesByName('seller-guard:read').some((e) => (e as PerformanceMeasure).detail?.orders === 500))
    : url === LIVE_URL ? page.waitForFunction(() => performance.getEntriesByName('rows-rendered').length > 0) : Promise.resolve(), ours), Number(process.argv[2] ?? 3));
  console.log(url.includes('live') ? 'JSON' : 'markup', JSON.stringify(f));
}
await ext.close();
