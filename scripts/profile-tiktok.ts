// Where the 500-order TikTok list's read + render spends its time, and before/after in one run.
// Not part of `npm run bench`. Both modes run under the heavy lock:
//   flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-tiktok.ts profile
//     a CPU profile (CDP Profiler) of loads in new tabs, with TikTok's orders guard rebuilt unminified
//     in a copy of dist/ so that functions keep their names; prints the time inside each function.
//   BEFORE=<a dist> flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-tiktok.ts compare
//     the bench's read + render (reloaded, new tabs) with that build and this one, taking turns (ABBA)
//     in fresh browsers.
import path from 'node:path';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import { tiktokBenchPages, TIKTOK_BENCH_URLS } from './bench-tiktok';
import { DIST } from './chromium';
import { launchBuild, passesIn, profiledTab, readableDist, SAMPLING, type ProfileNode } from './profile-guard';

const ROUNDS = Number(process.env.ROUNDS ?? 3);

/**
 * Adds each guard function's time to `totals`, callees included (once per stack), or with SELF=1 its
 * own time only (the DOM and JSON calls it makes count as its own); returns the guard's whole time.
 */
function timeInGuard(nodes: ProfileNode[], msPerHit: number, totals: Map<string, number>): number {
  const self = Boolean(process.env.SELF);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let inGuard = 0;
  const walk = (node: ProfileNode, open: Set<string>) => {
    const f = node.callFrame;
    const name = f.url.includes('guard-tiktok') ? `${f.functionName || '(anonymous)'} :${f.lineNumber + 1}` : '';
    const stack = name && !open.has(name) ? new Set([...open, name]) : open;
    const ms = (node.hitCount ?? 0) * msPerHit;
    if (stack.size) inGuard += ms;
    const own = name || [...stack].at(-1);
    for (const k of self ? (own ? [own] : []) : stack) totals.set(k, (totals.get(k) ?? 0) + ms);
    (node.children ?? []).forEach((c) => walk(byId.get(c)!, stack));
  };
  walk(nodes[0]!, new Set());
  return inGuard;
}

async function profile(): Promise<void> {
  const ext = await launchBuild(await readableDist('tiktok'), tiktokBenchPages());
  const totals = new Map<string, number>();
  let guard = 0;
  const loads = 5;
  try {
    for (let i = 0; i < loads; i++) {
      const { page, cdp } = await profiledTab(ext.context, 200);
      await page.goto(TIKTOK_BENCH_URLS.live);
      await page.waitForFunction(() =>
        performance.getEntriesByName('seller-guard:read').some((e) => (e as PerformanceMeasure).detail?.orders === 500),
      );
      console.log('read+render of each pass:', await passesIn(page));
      if (SAMPLING) {
        const { profile: p } = await cdp.send('Profiler.stop');
        guard += timeInGuard(p.nodes, (p.endTime - p.startTime) / 1000 / p.samples!.length, totals);
      }
      await page.close();
    }
  } finally {
    await ext.close();
  }
  console.log(`time inside the guard: ${(guard / loads).toFixed(1)} ms per load`);
  for (const [name, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.log(`${(ms / loads).toFixed(2).padStart(7)} ms  ${name}`);
}

async function compare(): Promise<void> {
  const dirs: Record<string, string> = {
    before: path.resolve(process.env.BEFORE ?? '/tmp/tt3-before/dist'),
    after: DIST,
  };
  const runs = { reloaded: false, 'new tabs': true };
  const out: Record<string, Record<string, number[]>> = { before: {}, after: {} };
  for (let round = 0; round < ROUNDS; round++)
    for (const label of round % 2 ? ['after', 'before'] : ['before', 'after']) {
      const ext = await launchBuild(dirs[label]!, tiktokBenchPages());
      try {
        for (const [run, newTabs] of Object.entries(runs))
          (out[label]![run] ??= []).push(median(await readAndRender(ext.context, TIKTOK_BENCH_URLS.live, newTabs)));
      } finally {
        await ext.close();
      }
    }
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms`;
  for (const label of ['before', 'after'])
    console.log(
      label.padEnd(7),
      Object.entries(out[label]!)
        .map(([run, xs]) => `${run} ${range(xs)}`)
        .join('; '),
    );
}

await (process.argv[2] === 'compare' ? compare() : profile());
