// Where the 500-sale Mercado Libre list's read + render spends its time, and before/after in one run.
// Not part of `npm run bench`. Both modes run under the heavy lock:
//   flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-mercadolibre.ts profile
//     a CPU profile (CDP Profiler) of each load, with the Mercado Libre guard rebuilt unminified in a
//     copy of dist/ so the functions keep their names; prints self time per function.
//   BEFORE=<a dist> flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-mercadolibre.ts compare
//     the bench's read + render (the live list reloaded and in new tabs, the served markup reloaded)
//     with that build and this one, taking turns (ABBA) in fresh browsers.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mercadoLibreBenchPages } from './bench-mercadolibre';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import { DIST } from './chromium';
import { launchBuild, passesIn, profiledTab, readableDist, SAMPLING, timeInGuard } from './profile-guard';

const ORIGIN = 'https://vendedores.mercadolivre.com.br';
const URLS = { live: `${ORIGIN}/vendas/omni/lista?bench=live`, markup: `${ORIGIN}/vendas/omni/lista?bench=500` };
const ROUNDS = Number(process.env.ROUNDS ?? 3);

/** Mercado Libre's own phase measures (`ml:…`), in the page. */
const phases = () =>
  performance
    .getEntriesByType('measure')
    .flatMap((m) => (m.name.startsWith('ml:') ? [`${m.name} ${m.duration.toFixed(1)}`] : []));

async function profile(): Promise<void> {
  const ext = await launchBuild(await readableDist('mercadolibre'), mercadoLibreBenchPages());
  const self = new Map<string, number>();
  let total = 0;
  try {
    for (const [name, url] of Object.entries(URLS))
      for (let i = 0; i < 5; i++) {
        const { page, cdp } = await profiledTab(ext.context, 200);
        await page.goto(url);
        await page.waitForFunction(() =>
          performance
            .getEntriesByName('seller-guard:read')
            .some((e) => (e as PerformanceMeasure).detail?.orders === 500),
        );
        console.log(name, await passesIn(page, phases));
        if (SAMPLING) {
          const { profile: p } = await cdp.send('Profiler.stop');
          const interval = (p.endTime - p.startTime) / 1000 / p.samples!.length;
          total += timeInGuard(p.nodes, interval, self, 'mercadolibre');
          if (i === 0) writeFileSync(path.join(tmpdir(), `ml-${name}.cpuprofile`), JSON.stringify(p));
        }
        await page.close();
      }
  } finally {
    await ext.close();
  }
  console.log(`time inside our guard over 10 loads: ${total.toFixed(1)} ms`);
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 45))
    console.log(`${(ms / 10).toFixed(2).padStart(7)} ms/load  ${key}`);
}

async function compare(): Promise<void> {
  const builds: [string, string][] = [
    ['before', path.resolve(process.env.BEFORE ?? '/tmp/ml2-before/dist')],
    ['after', DIST],
  ];
  const results: Record<string, number[][]> = { before: [[], [], []], after: [[], [], []] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, dir] of round % 2 ? [...builds].reverse() : builds) {
      const ext = await launchBuild(dir, mercadoLibreBenchPages());
      try {
        results[label]![0]!.push(median(await readAndRender(ext.context, URLS.live, false)));
        results[label]![1]!.push(median(await readAndRender(ext.context, URLS.live, true)));
        results[label]![2]!.push(median(await readAndRender(ext.context, URLS.markup, false)));
      } finally {
        await ext.close();
      }
    }
  }
  const range = (xs: number[]) =>
    `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms (median ${median(xs).toFixed(1)})`;
  for (const [label] of builds) {
    const [live, liveNewTab, markup] = results[label]!;
    console.log(
      `${label.padEnd(7)} list as it builds itself: ${range(live!)}, in new tabs ${range(liveNewTab!)}; served markup: ${range(markup!)}`,
    );
  }
}

await (process.argv[2] === 'compare' ? compare() : profile());
