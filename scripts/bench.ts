// `npm run bench`: the budgets of design.md §5, measured. Core figures run in Node; page figures
// run in real Chromium on the 500-row Manage Orders page at its real URL.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { guardRate } from '../src/core/rate-guard';
import { manyRows, orderListHtml } from '../test/fixtures/amazon/order-list-builder';
import { DIST, findChromium, launchWithExtension, NO_CHROMIUM, tabIdFor } from './chromium';
import { routeSamplePages } from './sample-pages';

const LIST_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=500';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: [string, string, string, boolean][] = [];
const report = (name: string, value: number, unit: string, budget: number) =>
  results.push([name, `${value.toFixed(unit === 'KB' ? 1 : 2)} ${unit}`, `< ${budget} ${unit}`, value < budget]);

function benchGuard(): void {
  const now = Date.UTC(2026, 10, 21, 12);
  const orders = Array.from({ length: 100_000 }, (_, i) => ({ id: `o${i}`, orderedAt: now - (i % 14) * 86_400_000 - i, fulfilment: i % 5 === 0 ? 'platform' as const : 'merchant' as const }));
  const cancellations = Array.from({ length: 2_000 }, (_, i) => ({ orderId: `o${i * 7}`, cancelledAt: now - (i % 10) * 3_600_000, orderedAt: now - 86_400_000, counted: i % 3 !== 0 }));
  const input = { platform: 'amazon', marketplace: 'US', now, orders, cancellations,
    snapshot: { platform: 'amazon' as const, marketplace: 'US', metric: 'cancellation-rate' as const, ratePercent: 1.92, counted: 3, total: 156, readAt: now - 2 * 86_400_000 } };
  guardRate(input); // warm up
  const times = Array.from({ length: 15 }, () => { const t = performance.now(); guardRate(input); return performance.now() - t; });
  report('Guard over 100,000 orders + 2,000 cancellations (median of 15)', median(times), 'ms', 20);
}

function benchBundle(): void {
  const file = path.join(DIST, 'src', 'content', 'index.iife.js');
  report('Content script, gzipped', gzipSync(readFileSync(file)).length / 1024, 'KB', 20);
}

async function loadTime(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  await page.goto(LIST_URL, { waitUntil: 'load' });
  const ms = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  });
  // Let the content script (after load, when idle) and the background finish before the next load.
  await page.waitForTimeout(1500);
  await page.close();
  return ms;
}

async function benchChromium(): Promise<void> {
  const html = orderListHtml(manyRows(500));
  const extra = [{ name: 'bench-500', url: LIST_URL, html: () => html }];
  const ext = await launchWithExtension({ headless: true });
  await routeSamplePages(ext.context, extra);
  const page = await ext.context.newPage();
  const reads: number[] = [];
  const renders: number[] = [];
  for (let i = 0; i < 7; i++) {
    await page.goto(LIST_URL);
    await page.locator('[data-seller-guard][data-read="ok"]').waitFor({ state: 'attached' });
    const [read, render] = await page.evaluate(() => ['seller-guard:read', 'seller-guard:render'].map((n) => performance.getEntriesByName(n).at(-1)?.duration ?? Number.NaN));
    reads.push(read!);
    renders.push(render!);
  }
  report('500-row list: read + render, main thread (median of 7)', median(reads.map((r, i) => r + renders[i]!)), 'ms', 15);
  const worker = await ext.worker();
  const record = await worker.evaluate(() => performance.getEntriesByName('seller-guard:record-reading').map((e) => e.duration));
  report('Storing 500 orders in one transaction (first visit)', record[0] ?? Number.NaN, 'ms', 100);

  const tabId = await tabIdFor(worker, LIST_URL);
  const popupTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForTimeout(300);
    popupTimes.push(await popup.evaluate(() => performance.getEntriesByName('seller-guard:popup-first-content')[0]?.startTime ?? Number.NaN));
    await popup.close();
  }
  report('Popup first content after opening (median of 5)', median(popupTimes), 'ms', 150);

  // 10,000 events, loaded through the documented import, then the history page opened.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  const events = Array.from({ length: 10_000 }, (_, i) => ({ id: `bench:${i}`, kind: i % 50 === 0 ? 'cancellation' : 'order-seen', platform: 'amazon', marketplace: 'US',
    orderKey: `amazon:bench-${i}`, orderId: `bench-${i}`, at: Date.UTC(2026, 0, 1) + i * 60_000, sourceUrl: LIST_URL, counted: i % 100 === 0 }));
  const file = { format: 'seller-guard-export', version: 1, exportedAt: new Date().toISOString(), orders: [], snapshots: [], events, drafts: [], choices: [], templates: [], settings: [] };
  await options.evaluate((data) => chrome.runtime.sendMessage({ type: 'ui/import', data }), file);
  const historyTimes: number[] = [];
  for (let i = 0; i < 3; i++) {
    await options.goto(`chrome-extension://${ext.extensionId}/src/history/index.html`);
    await options.locator('tbody tr').first().waitFor();
    historyTimes.push(await options.evaluate(() => performance.getEntriesByName('seller-guard:history-first-content')[0]?.startTime ?? Number.NaN));
  }
  report('History with 10,000 events: first content (median of 3)', median(historyTimes), 'ms', 300);
  await options.close();

  // Both browsers stay open and take turns, so both see the same load on this machine.
  const plain = await launchWithExtension({ headless: true, withExtension: false });
  await routeSamplePages(plain.context, extra);
  const withTimes: number[] = [];
  const withoutTimes: number[] = [];
  for (let i = 0; i < 9; i++) {
    withTimes.push(await loadTime(ext.context));
    withoutTimes.push(await loadTime(plain.context));
  }
  const withExt = median(withTimes);
  const without = median(withoutTimes);
  await ext.close();
  await plain.close();
  results.push(['500-row list page load, with vs without the extension (median of 9)', `${withExt.toFixed(1)} ms vs ${without.toFixed(1)} ms (${(((withExt - without) / without) * 100).toFixed(1)}%)`, '< +5%', withExt <= without * 1.05]);
}

async function main(): Promise<void> {
  benchGuard();
  benchBundle();
  if (findChromium()) await benchChromium();
  else console.log(NO_CHROMIUM);
  const width = Math.max(...results.map((r) => r[0].length));
  console.log(`\n${'measure'.padEnd(width)}  result  (budget)`);
  for (const [name, value, budget, ok] of results) console.log(`${name.padEnd(width)}  ${value}  (${budget}) ${ok ? 'ok' : 'OVER BUDGET'}`);
  process.exitCode = results.every((r) => r[3]) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
