// Where the 500-row eBay Manage orders list's read + render spends its time, and before/after in one
// run. Not part of `npm run bench`. Both modes run under the heavy lock:
//   flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-ebay.ts profile
//     a CPU profile (CDP Profiler) of each load in a new tab, with eBay's list guard rebuilt
//     unminified in a copy of dist/ so the functions keep their names; prints the time inside each.
//   BEFORE=<a dist> flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-ebay.ts compare
//     the bench's read + render (tab reloaded, new tab) with that build and this one, taking turns
//     (ABBA) in fresh browsers.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EBAY_BENCH_PAGES } from './bench-ebay';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import { DIST } from './chromium';
import { launchBuild, passesIn, profiledTab, readableDist, SAMPLING, timeInGuard } from './profile-guard';

const URL_500 = EBAY_BENCH_PAGES[0]!.url;
const ROUNDS = Number(process.env.ROUNDS ?? 3);

/** eBay's own phase marks, in the page. */
const phases = () =>
  performance.getEntriesByName('ebay:phases').map((m) =>
    Object.entries((m as PerformanceMark).detail as Record<string, number>)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', '),
  );

async function profile(): Promise<void> {
  const ext = await launchBuild(await readableDist('ebay-orders'), EBAY_BENCH_PAGES);
  const self = new Map<string, number>();
  const loads = 8;
  let total = 0;
  try {
    for (let i = 0; i < loads; i++) {
      const { page, cdp } = await profiledTab(ext.context, 100);
      await page.goto(URL_500);
      await page.waitForFunction(() =>
        performance.getEntriesByName('seller-guard:read').some((e) => (e as PerformanceMeasure).detail?.orders === 500),
      );
      console.log('new tab', await passesIn(page, phases, ' | '));
      if (SAMPLING) {
        const { profile: p } = await cdp.send('Profiler.stop');
        const interval = (p.endTime - p.startTime) / 1000 / p.samples!.length;
        total += timeInGuard(p.nodes, interval, self, 'ebay-orders');
        if (i === 0) writeFileSync(path.join(tmpdir(), 'ebay-list.cpuprofile'), JSON.stringify(p));
      }
      await page.close();
    }
  } finally {
    await ext.close();
  }
  console.log(`time inside our guard over ${loads} loads: ${total.toFixed(1)} ms`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 50))
    console.log(`${(ms / loads).toFixed(2).padStart(7)} ms/load  ${key}`);
}

async function compare(): Promise<void> {
  const builds: [string, string][] = [
    ['before', path.resolve(process.env.BEFORE ?? '/tmp/ebay3-before/dist')],
    ['after', DIST],
  ];
  const results: Record<string, number[][]> = { before: [[], []], after: [[], []] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, dir] of round % 2 ? [...builds].reverse() : builds) {
      const ext = await launchBuild(dir, EBAY_BENCH_PAGES);
      try {
        results[label]![0]!.push(median(await readAndRender(ext.context, URL_500, false)));
        results[label]![1]!.push(median(await readAndRender(ext.context, URL_500, true)));
      } finally {
        await ext.close();
      }
    }
  }
  const range = (xs: number[]) =>
    `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms (median ${median(xs).toFixed(1)})`;
  for (const [label] of builds) {
    const [reloaded, fresh] = results[label]!;
    console.log(`${label.padEnd(7)} tab reloaded: ${range(reloaded!)}; new tab: ${range(fresh!)}`);
  }
}

await (process.argv[2] === 'compare' ? compare() : profile());
