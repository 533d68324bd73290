import { launchWithExtension } from '../chromium';
import { routeSamplePages, type SamplePage } from '../sample-pages';
import { liveOrderListHtml, manyRows, ORDERS_SEARCH_URL, ordersSearchJson } from '../../test/fixtures/amazon/order-list-builder';
const LIVE_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=live';
const rows = manyRows(500);
const live = liveOrderListHtml(rows), json = ordersSearchJson(rows);
const pages: SamplePage[] = [
  { name: 'l', url: LIVE_URL, html: () => live },
  { name: 'j', url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL}`, html: () => json, contentType: 'application/json' },
];
const ext = await launchWithExtension({ headless: true });
await routeSamplePages(ext.context, pages);
const page = await ext.context.newPage();
const cdp = await ext.context.newCDPSession(page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as any[])));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'extensions', 'v8'] }, transferMode: 'ReportEvents' });
await page.goto(LIVE_URL);
await page.waitForFunction(() => performance.getEntriesByName('seller-guard:read').length > 0);
await page.waitForTimeout(1500);
await cdp.send('Tracing.end');
await done;
const names = new Map<string, number>();
for (const e of events) {
  const url = e.args?.data?.url ?? e.args?.url ?? e.args?.fileName ?? '';
  if (String(url).startsWith('chrome-extension')) names.set(`${e.name} ${e.ph} ${String(url).split('/').pop()}`, (names.get(`${e.name} ${e.ph} ${String(url).split('/').pop()}`) ?? 0) + (e.dur ?? 0) / 1000);
}
console.log([...names].sort((a, b) => b[1] - a[1]).slice(0, 30));
const threads = new Map<string, number>();
for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
console.log([...new Set(events.filter(e=>e.ph==='X').map(e=>e.name))].slice(0,80).join(' | '));
await ext.close();
