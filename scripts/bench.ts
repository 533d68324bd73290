// `npm run bench`: the budgets of design.md §5, measured. Core figures run in Node; page figures
// run in real Chromium on the 500-row Manage Orders page at its real URL.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { guardRate } from '../src/core/rate-guard';
import { GUARD_SCRIPTS } from '../src/shared/guard-script';
import { exportFileWith } from '../test/fixtures/export-file';
import { DIST, findChromium, launchWithExtension, NO_CHROMIUM, tabIdFor } from './chromium';
import type { BrowserContext } from '@playwright/test';
import { change, injectionBeforeLoad, median, takingTurns } from './bench-page-load';
import { mainThreadFigure, tracedLoad } from './bench-main-thread';
import { otherMainThreadLists, type MainThreadList } from './bench-main-thread-lists';
import { cellWalkFloor, popupFloor, rangeOf } from './bench-floors';
import { benchEbayBundle, benchEbayList, EBAY_BENCH_PAGES } from './bench-ebay';
import { benchEtsyAliExpressLists, ETSY_ALIEXPRESS_BENCH_PAGES } from './bench-etsy-aliexpress';
import { readAndRender } from './bench-read';
import { benchTikTokBundles, benchTikTokList } from './bench-tiktok';
import { benchMercadoLibreBundles, benchMercadoLibreList, mercadoLibreBenchPages } from './bench-mercadolibre';
import { routeSamplePages, type SamplePage } from './sample-pages';
import { amazonBenchPages, LIST_URL, LIVE_URL } from './bench-amazon';

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
/** name, result, budget, within budget, gated (a figure outside the budgets is shown, not failed). */
const results: [string, string, string, boolean, boolean][] = [];
const report = (name: string, value: number, unit: string, budget: number, gated = true) =>
  results.push([name, `${value.toFixed(unit === 'KB' ? 1 : 2)} ${unit}`, `< ${budget} ${unit}`, value < budget, gated]);

/** The guard over `n` orders (and n/50 cancellations), median of 15 runs after a warm-up. */
function guardTime(n: number): number {
  const now = Date.UTC(2026, 10, 21, 12);
  const orders = Array.from({ length: n }, (_, i) => ({
    id: `o${i}`,
    orderedAt: now - (i % 14) * 86_400_000 - i,
    fulfilment: i % 5 === 0 ? ('platform' as const) : ('merchant' as const),
  }));
  const cancellations = Array.from({ length: n / 50 }, (_, i) => ({
    orderId: `o${i * 7}`,
    cancelledAt: now - (i % 10) * 3_600_000,
    orderedAt: now - 86_400_000,
    counted: i % 3 !== 0,
  }));
  const input = {
    platform: 'amazon',
    marketplace: 'US',
    now,
    orders,
    cancellations,
    snapshot: {
      platform: 'amazon' as const,
      marketplace: 'US',
      metric: 'cancellation-rate' as const,
      ratePercent: 1.92,
      counted: 3,
      total: 156,
      readAt: now - 2 * 86_400_000,
    },
  };
  guardRate(input); // warm up
  return median(
    Array.from({ length: 15 }, () => {
      const t = performance.now();
      guardRate(input);
      return performance.now() - t;
    }),
  );
}

/** Today's volume, then 10× and 100× (issue #17): each figure with how it grew against the one before. */
function benchGuard(): void {
  let before: [number, number] | undefined;
  for (const n of [10_000, 100_000, 1_000_000]) {
    const ms = guardTime(n);
    const growth = before ? `; ×${(ms / before[1]).toFixed(1)} for ×${n / before[0]} orders` : '';
    results.push([
      `Guard over ${n.toLocaleString('en-US')} orders + ${(n / 50).toLocaleString('en-US')} cancellations (median of 15${growth})`,
      `${ms.toFixed(2)} ms`,
      `< ${n / 5_000} ms`,
      ms < n / 5_000,
      true,
    ]);
    before = [n, ms];
  }
}

function benchBundles(): void {
  benchBundle();
  benchMercadoLibreBundles(report);
}

function benchBundle(): void {
  const gz = (file: string) => gzipSync(readFileSync(path.join(DIST, file))).length / 1024;
  // What one page gets: the starter, its site's guard (injected after load), and on Manage Orders the observer.
  // eBay's pages get no observer: they have a row of their own (bench-ebay.ts).
  const guards = Object.entries(GUARD_SCRIPTS)
    .filter(([site]) => !site.startsWith('ebay'))
    .map(([site, { file }]) => [site, gz(file)] as const)
    .sort((a, b) => b[1] - a[1]);
  const [largest, size] = guards[0]!;
  report(
    `Content scripts, gzipped: starter + the largest guard (${largest}; ${guards
      .slice(1)
      .map(([s, kb]) => `${s} ${kb.toFixed(1)} KB`)
      .join(', ')}) + page-world observer`,
    gz('src/content/index.iife.js') + size + gz('src/page-world/observe-page-json.iife.js'),
    'KB',
    20,
  );
}

/** An Amazon order number for the i-th bench event: the import refuses ids not in the platform's format. */
const benchOrderId = (i: number) => `111-0000000-${String(i).padStart(7, '0')}`;

/** One event of the history's bench load: mostly orders seen, every 50th a cancellation. */
const benchEvent = (i: number) => ({
  id: `bench:${i}`,
  kind: i % 50 === 0 ? 'cancellation' : 'order-seen',
  platform: 'amazon',
  marketplace: 'US',
  orderKey: `amazon:${benchOrderId(i)}`,
  orderId: benchOrderId(i),
  at: Date.UTC(2026, 0, 1) + i * 60_000,
  sourceUrl: LIST_URL,
  counted: i % 100 === 0,
});

async function benchChromium(): Promise<void> {
  const extra: SamplePage[] = [...amazonBenchPages(), ...EBAY_BENCH_PAGES];
  const ext = await launchWithExtension({ headless: true });
  await routeSamplePages(ext.context, [...extra, ...mercadoLibreBenchPages(), ...ETSY_ALIEXPRESS_BENCH_PAGES]);
  report(
    '500-row list as Seller Central builds it (from its own JSON): read + render, main thread, one tab reloaded (median of 7)',
    median(await readAndRender(ext.context, LIVE_URL, false)),
    'ms',
    15,
  );
  report(
    'The same, each load in a new tab (median of 7)',
    median(await readAndRender(ext.context, LIVE_URL, true)),
    'ms',
    15,
  );
  report(
    '500-row list from the markup alone (fallback, no JSON seen): read + render, one tab reloaded (median of 7)',
    median(await readAndRender(ext.context, LIST_URL, false)),
    'ms',
    15,
    false,
  );
  await benchMercadoLibreList(ext.context, report);
  await benchEbayList(ext.context, report);
  await benchEtsyAliExpressLists(ext.context, report);

  const worker = await ext.worker();
  // The first reading of each list that held all 500 orders: the live list first, then the markup one.
  const record = await worker.evaluate(() =>
    (performance.getEntriesByName('seller-guard:record-reading') as PerformanceMeasure[])
      .filter((e) => e.detail === 500)
      .map((e) => e.duration),
  );
  report('Storing 500 new orders in one transaction (first visit)', record[0] ?? Number.NaN, 'ms', 100);

  const tabId = await tabIdFor(worker, LIST_URL);
  const popupTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForTimeout(300);
    popupTimes.push(
      await popup.evaluate(
        () => performance.getEntriesByName('seller-guard:popup-first-content')[0]?.startTime ?? Number.NaN,
      ),
    );
    await popup.close();
  }
  report('Popup first content after opening (median of 5)', median(popupTimes), 'ms', 150);

  // 10,000 events, then 100,000, loaded through the documented import, then the history page opened.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  let historyBefore: number | undefined;
  for (const [from, to, budget] of [
    [0, 10_000, 200],
    [10_000, 100_000, 400],
  ] as const) {
    const imported: unknown = await options.evaluate(
      (data) => chrome.runtime.sendMessage({ type: 'ui/import', data }),
      exportFileWith(Array.from({ length: to - from }, (_, k) => benchEvent(from + k))),
    );
    // The figure means something only if the events are in: a refused file (ids not in the
    // platform's format) once left the page measuring the 500 orders read above, at both sizes.
    const added = (imported as { ok?: boolean; added?: { events?: number } }).added?.events;
    if (added !== to - from)
      throw new Error(
        `History bench: the import added ${added} events, not ${to - from}: ${JSON.stringify(imported).slice(0, 300)}`,
      );
    const historyTimes: number[] = [];
    for (let i = 0; i < 3; i++) {
      await options.goto(`chrome-extension://${ext.extensionId}/src/history/index.html`);
      await options.locator('tbody tr').first().waitFor();
      historyTimes.push(
        await options.evaluate(
          () => performance.getEntriesByName('seller-guard:history-first-content')[0]?.startTime ?? Number.NaN,
        ),
      );
      // The next open only once this one's count is in: otherwise its first answer waits behind that count.
      await options.waitForFunction(
        () => performance.getEntriesByName('seller-guard:history-complete').length > 0,
        undefined,
        {
          timeout: 60_000,
        },
      );
    }
    const ms = median(historyTimes);
    const growth = historyBefore ? `; ×${(ms / historyBefore).toFixed(1)} for ×10 events` : '';
    report(`History with ${to.toLocaleString('en-US')} events: first content (median of 3${growth})`, ms, 'ms', budget);
    historyBefore = ms;
  }
  await options.close();

  // "Without": the very same page at a URL none of our scripts match, in the same browser. The
  // extension does nothing on a page it does not match.
  const unmatched = (url: string, n = 1) => url.replace('/orders-v3/', `/seller-guard-bench-unmatched-${n}/`);
  const unmatchedPages = extra
    .filter((p) => p.url.includes('/orders-v3/'))
    .flatMap((p) => [1, 2].map((n) => ({ ...p, url: unmatched(p.url, n) })));
  await routeSamplePages(ext.context, [...extra, ...unmatchedPages]);
  const PAIRS = 11;
  for (const [name, url] of [
    ['500-row list in its markup', LIST_URL],
    ['500-row list as Seller Central builds it', LIVE_URL],
  ] as const) {
    const live = url === LIVE_URL;
    const withoutRun = await takingTurns(ext.context, url, unmatched(url), PAIRS, live);
    const withLoads = withoutRun.a.map((t) => t.load);
    const withoutLoads = withoutRun.b.map((t) => t.load);
    const ours: number[] = [];
    for (let i = 0; i < 11; i++) ours.push(await injectionBeforeLoad(ext.context, url));
    const share = (median(ours) / median(withoutLoads)) * 100;
    results.push([
      `${name}: our main-thread work before its load event (traced, median of 11), share of its load time`,
      `${median(ours).toFixed(1)} ms of ${median(withoutLoads).toFixed(1)} ms (${share.toFixed(1)}%)`,
      '< 5%',
      share < 5,
      true,
    ]);
    results.push([
      `${name}: page load, with vs without the extension (wall clock, ABBA, median of ${PAIRS})`,
      `${median(withLoads).toFixed(1)} ms vs ${median(withoutLoads).toFixed(1)} ms (${signed(change(withLoads, withoutLoads))}%)`,
      // Issue #17: page load and rows on screen within +3% of the same page without us.
      '< +3%',
      change(withLoads, withoutLoads) < 3,
      true,
    ]);
    if (live) {
      // Not the load event: the rows arrive after it, through the fetch our observer copies.
      results.push([
        `${name}: until its rows are on screen, with vs without (median of ${PAIRS})`,
        `${median(withoutRun.a.map((t) => t.rows!)).toFixed(1)} ms vs ${median(withoutRun.b.map((t) => t.rows!)).toFixed(1)} ms (${signed(
          change(
            withoutRun.a.map((t) => t.rows!),
            withoutRun.b.map((t) => t.rows!),
          ),
        )}%)`,
        '< +3%',
        change(
          withoutRun.a.map((t) => t.rows!),
          withoutRun.b.map((t) => t.rows!),
        ) < 3,
        true,
      ]);
      // The A/A control: the same page at two unmatched URLs, measured the same way. Whatever this
      // shows is noise, and it bounds what the wall-clock row above can resolve.
      const control = await takingTurns(ext.context, unmatched(url, 1), unmatched(url, 2), PAIRS, live);
      const noise = change(
        control.a.map((t) => t.load),
        control.b.map((t) => t.load),
      );
      results.push([
        `${name}: A/A control, page load at two URLs we do not match (median of ${PAIRS})`,
        `${signed(noise)}%`,
        'noise',
        true,
        false,
      ]);
    }
  }
  await benchMainThread(ext.extensionId, ext.context, unmatched, [...extra, ...unmatchedPages]);
  await benchTikTokList(ext, report);
  await ext.close();
}

/** Issue #17's budgets: all we cost the page's main thread on a 500-row list, new tab, cold (bench-main-thread.ts). */
async function benchMainThread(
  extensionId: string,
  context: BrowserContext,
  unmatched: (url: string, n?: number) => string,
  served: SamplePage[],
): Promise<void> {
  const ours = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`);
  const others = otherMainThreadLists();
  await routeSamplePages(context, [...served, ...others.pages]);
  const lists: MainThreadList[] = [
    {
      name: '500-row list fed by its own JSON',
      url: LIVE_URL,
      without: unmatched(LIVE_URL),
      budget: 8,
      drawn: { selector: '#orders-table tbody tr', count: 500 },
    },
    { name: '500-row list from its markup alone', url: LIST_URL, without: unmatched(LIST_URL), budget: 15 },
    ...others.lists,
  ];
  for (const { name, url, without, budget, drawn } of lists) {
    const figure = await mainThreadFigure(
      (side) =>
        tracedLoad(
          context,
          side === 'with' ? url : without,
          (page) =>
            side === 'with'
              ? page.waitForFunction(() =>
                  performance
                    .getEntriesByName('seller-guard:read')
                    .some((e) => (e as PerformanceMeasure).detail?.orders === 500),
                )
              : drawn
                ? page.waitForFunction(
                    ({ selector, count }) => document.querySelectorAll(selector).length >= count,
                    drawn,
                  )
                : Promise.resolve(),
          ours,
        ),
      7,
    );
    results.push([
      `${name}: all our script on its main thread, new tab, cold (traced: injection, evaluation, every callback; median of 7)`,
      `${figure.script.toFixed(1)} ms`,
      `< ${budget} ms`,
      figure.script < budget,
      true,
    ]);
    // Style, layout and paint are the page's own work too: what we add is the difference with and
    // without us, and the A/A control shows how much of it noise alone moves on this machine.
    results.push([
      `${name}: style, layout and paint outside our script, with vs without us (median of 7)`,
      `${signed(figure.renderingDelta)} ms (A/A control ${signed(figure.renderingControl)} ms)`,
      '-',
      true,
      false,
    ]);
    results.push([
      `${name}: layouts forced inside our script (most in one load of 7)`,
      String(figure.forcedLayouts),
      '0',
      figure.forcedLayouts === 0,
      true,
    ]);
  }
  // What the list budgets rest on: the same pages where none of our scripts run.
  for (const { name, without, rows, drawn } of others.lists) {
    const floor = await cellWalkFloor(context, without, rows, drawn);
    results.push([
      `Floor under ${name}: touching each cell of its rows once (attributes, child classes, text; nothing read), from a world of its own as a content script's, new tab / one tab reloaded / from the page's own world, new tab (7 each, taking turns)`,
      `${rangeOf(floor.isolated)} / ${rangeOf(floor.isolatedReloaded)} / ${rangeOf(floor.main)}`,
      '-',
      true,
      false,
    ]);
  }
}

/** What the popup's budget rests on: a bare extension page's first frame, taking turns with the popup. */
async function benchPopupFloor(): Promise<void> {
  const { popup, bare } = await popupFloor(amazonBenchPages(), LIST_URL);
  results.push([
    'Floor under the popup: its first content / a bare extension page that draws one line, first frame (7 each, taking turns in one browser)',
    `${rangeOf(popup)} / ${rangeOf(bare)}`,
    '-',
    true,
    false,
  ]);
}

async function main(): Promise<void> {
  benchGuard();
  benchBundles();
  benchTikTokBundles(report);
  benchEbayBundle(report);
  if (findChromium()) {
    await benchChromium();
    await benchPopupFloor();
  } else console.log(NO_CHROMIUM);
  const width = Math.max(...results.map((r) => r[0].length));
  console.log(`\n${'measure'.padEnd(width)}  result  (budget)`);
  for (const [name, value, budget, ok, gated] of results)
    console.log(
      `${name.padEnd(width)}  ${value}  (${budget}) ${ok ? 'ok' : gated ? 'OVER BUDGET' : 'over (not a budget)'}`,
    );
  process.exitCode = results.every((r) => r[3] || !r[4]) ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
