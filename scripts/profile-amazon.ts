// Where Amazon's 500-row Manage Orders read + render spends its time, and before/after in one run.
// Not part of `npm run bench`. Both modes run under the heavy lock:
//   flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-amazon.ts profile
//     a CPU profile (CDP Profiler) of loads of the JSON-fed list, with Amazon's guard rebuilt
//     unminified in a copy of dist/ so the functions keep their names; prints the time inside each.
//   BEFORE=<a dist> flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-amazon.ts compare
//     the bench's read + render (the JSON-fed list and the served markup, tab reloaded and new tab)
//     with that build and this one, taking turns (ABBA) in fresh browsers.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  liveOrderListHtml,
  manyRows,
  orderListHtml,
  ORDERS_SEARCH_URL,
  ordersSearchJson,
} from '../test/fixtures/amazon/order-list-builder';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import { DIST } from './chromium';
import { launchBuild, profiledTab, readableDist, SAMPLING, timeInGuard } from './profile-guard';
import type { SamplePage } from './sample-pages';

const ORIGIN = 'https://sellercentral.amazon.com';
const URLS = {
  json: `${ORIGIN}/orders-v3/mfn/unshipped?page=1&bench=live`,
  markup: `${ORIGIN}/orders-v3/mfn/unshipped?page=1&bench=500`,
};
const ROUNDS = Number(process.env.ROUNDS ?? 3);

/** The bench's two 500-row lists (the one fed by its search answer, and the served markup). */
function amazonBenchPages(): SamplePage[] {
  const rows = manyRows(500);
  const live = liveOrderListHtml(rows);
  const markup = orderListHtml(rows);
  const json = ordersSearchJson(rows);
  return [
    { name: 'amazon-live', url: URLS.json, html: () => live },
    { name: 'amazon-500', url: URLS.markup, html: () => markup },
    { name: 'amazon-search', url: `${ORIGIN}${ORDERS_SEARCH_URL}`, html: () => json, contentType: 'application/json' },
  ];
}

/** Every pass's read and render (ms), in the page: the bench counts the one that read all 500 orders. */
const passes = () =>
  performance
    .getEntriesByName('seller-guard:read')
    .map(
      (r, i) =>
        `${r.duration.toFixed(1)}+${performance.getEntriesByName('seller-guard:render')[i]!.duration.toFixed(1)}`,
    )
    .join(' | ');

async function profile(): Promise<void> {
  const ext = await launchBuild(await readableDist('amazon'), amazonBenchPages());
  const self = new Map<string, number>();
  const loads = 10;
  let total = 0;
  try {
    for (let i = 0; i < loads; i++) {
      const { page, cdp } = await profiledTab(ext.context, 100);
      await page.goto(URLS.json);
      await page.waitForFunction(() =>
        performance.getEntriesByName('seller-guard:read').some((e) => (e as PerformanceMeasure).detail?.orders === 500),
      );
      console.log('new tab', await page.evaluate(passes));
      if (SAMPLING) {
        const { profile: p } = await cdp.send('Profiler.stop');
        const interval = (p.endTime - p.startTime) / 1000 / p.samples!.length;
        total += timeInGuard(p.nodes, interval, self, 'amazon');
        if (i === 0) writeFileSync(path.join(tmpdir(), 'amazon-list.cpuprofile'), JSON.stringify(p));
      }
      await page.close();
    }
  } finally {
    await ext.close();
  }
  console.log(`time inside our guard over ${loads} loads: ${total.toFixed(1)} ms`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45))
    console.log(`${(ms / loads).toFixed(2).padStart(7)} ms/load  ${key}`);
}

async function compare(): Promise<void> {
  const builds: [string, string][] = [
    ['before', path.resolve(process.env.BEFORE ?? '/tmp/amazon4-before/dist')],
    ['after', DIST],
  ];
  const runs = ['json reloaded', 'json new tab', 'markup reloaded', 'markup new tab'] as const;
  const results = Object.fromEntries(builds.map(([label]) => [label, runs.map((): number[] => [])]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, dir] of round % 2 ? [...builds].reverse() : builds) {
      const ext = await launchBuild(dir, amazonBenchPages());
      try {
        // The first load of each series warms the browser; the bench drops it too.
        for (const [k, [url, newTabs]] of [
          [URLS.json, false],
          [URLS.json, true],
          [URLS.markup, false],
          [URLS.markup, true],
        ].entries() as Iterable<[number, [string, boolean]]>)
          results[label]![k]!.push(median((await readAndRender(ext.context, url, newTabs)).slice(1)));
      } finally {
        await ext.close();
      }
    }
  }
  const range = (xs: number[]) =>
    `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} (median ${median(xs).toFixed(1)})`;
  for (const [label] of builds)
    console.log(`${label.padEnd(7)} ${runs.map((run, k) => `${run} ${range(results[label]![k]!)}`).join('; ')} ms`);
}

await (process.argv[2] === 'compare' ? compare() : profile());
