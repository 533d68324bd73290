// Lead's probe (not committed): CPU profile of the guard on the 500-row list, new tab each time.
import { launchWithExtension } from '../chromium';
import { routeSamplePages, type SamplePage } from '../sample-pages';
import { liveOrderListHtml, manyRows, orderListHtml, ORDERS_SEARCH_URL, ordersSearchJson } from '../../test/fixtures/amazon/order-list-builder';

const LIVE_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=live';
const LIST_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=500';
const which = process.argv[2] === 'markup' ? LIST_URL : LIVE_URL;
const rows = manyRows(500);
const live = liveOrderListHtml(rows), list = orderListHtml(rows), json = ordersSearchJson(rows);
const pages: SamplePage[] = [
  { name: 'l', url: LIVE_URL, html: () => live },
  { name: 'm', url: LIST_URL, html: () => list },
  { name: 'j', url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL}`, html: () => json, contentType: 'application/json' },
];
const ext = await launchWithExtension({ headless: true });
await routeSamplePages(ext.context, pages);
const self = new Map<string, number>();
const reads: number[] = [];
for (let i = 0; i < 6; i++) {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(which);
  await page.waitForFunction(() => performance.getEntriesByName('seller-guard:read').some((e) => (e as PerformanceMeasure).detail?.orders === 500));
  await page.waitForTimeout(200);
  const { profile } = await cdp.send('Profiler.stop');
  reads.push(await page.evaluate(() => { const r = performance.getEntriesByName('seller-guard:read') as PerformanceMeasure[]; const k = r.findIndex((e) => e.detail?.orders === 500); return r[k]!.duration + performance.getEntriesByName('seller-guard:render')[k]!.duration; }));
  if (i === 0) { await page.close(); continue; }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  profile.samples!.forEach((id, k) => counts.set(id, (counts.get(id) ?? 0) + (profile.timeDeltas![k] ?? 0)));
  for (const [id, us] of counts) {
    const n = byId.get(id)!;
    const f = n.callFrame;
    if (!f.url.startsWith('chrome-extension')) { if (f.url === '' && !['(idle)', '(program)', '(root)', '(garbage collector)'].includes(f.functionName)) { /* native inside ours? */ } }
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + us / 1000);
  }
  await page.close();
}
console.log('read+render per load (ms):', reads.map((r) => r.toFixed(1)).join(' '));
const top = [...self].filter(([k]) => !/^\((idle|program|root)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 45);
for (const [k, ms] of top) console.log((ms / 5).toFixed(2).padStart(7), k);
await ext.close();
