import { launchWithExtension } from '../chromium';
import { routeSamplePages, type SamplePage } from '../sample-pages';
import { readAndRender } from '../bench-read';
import { median } from '../bench-page-load';
import { liveOrderListHtml, manyRows, orderListHtml, ORDERS_SEARCH_URL, ordersSearchJson } from '../../test/fixtures/amazon/order-list-builder';
const LIVE_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=live';
const LIST_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=500';
const rows = manyRows(500);
const live = liveOrderListHtml(rows), list = orderListHtml(rows), json = ordersSearchJson(rows);
const pages: SamplePage[] = [
  { name: 'l', url: LIVE_URL, html: () => live },
  { name: 'm', url: LIST_URL, html: () => list },
  { name: 'j', url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL}`, html: () => json, contentType: 'application/json' },
];
const ext = await launchWithExtension({ headless: true });
await routeSamplePages(ext.context, pages);
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} [${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}]`;
console.log('JSON-fed, same tab:', fmt(await readAndRender(ext.context, LIVE_URL, false)));
console.log('JSON-fed, new tab: ', fmt(await readAndRender(ext.context, LIVE_URL, true)));
console.log('markup, same tab:  ', fmt(await readAndRender(ext.context, LIST_URL, false)));
console.log('markup, new tab:   ', fmt(await readAndRender(ext.context, LIST_URL, true)));
await ext.close();
