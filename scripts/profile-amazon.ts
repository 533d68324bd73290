// Amazon's 500-row Manage Orders read + render, before/after in one run. Not part of `npm run bench`.
//   BEFORE=<a dist> ROUNDS=n flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-amazon.ts
//     the bench's read + render (the JSON-fed list and the served markup, tab reloaded and new tab)
//     with that build and this one (dist/), taking turns (ABBA) in fresh browsers.
import path from 'node:path';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import { DIST } from './chromium';
import { launchBuild } from './profile-guard';
import { amazonBenchPages, LIST_URL, LIVE_URL } from './bench-amazon';

const URLS = { json: LIVE_URL, markup: LIST_URL };
const ROUNDS = Number(process.env.ROUNDS ?? 3);

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

await compare();
