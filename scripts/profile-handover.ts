// What handing a 500-order list's reading to the background costs the page's main thread, which the
// read + render figures (profile-tiktok.ts, profile-amazon.ts) do not include: runtime.sendMessage's
// own time for the cs/page-reading message, and, when the guard parses a large JSON text just before
// it (within 100 ms), from that parse to the send's return. Measured in the content scripts' world
// (wrappers put there through CDP before the guard runs), each load in a new tab, with a build of
// BEFORE and this one (dist/) taking turns (ABBA) in fresh browsers. Not part of `npm run bench`:
//   BEFORE=<a dist> ROUNDS=n LOADS=n flock /tmp/seller-guard-heavy.lock npx tsx scripts/profile-handover.ts
import path from 'node:path';
import { median } from './bench-page-load';
import { DIST } from './chromium';
import { rangeOf } from './bench-floors';
import { launchBuild } from './profile-guard';
import { tiktokBenchPages, TIKTOK_BENCH_URLS } from './bench-tiktok';
import { amazonBenchPages, LIVE_URL } from './bench-amazon';

const ROUNDS = Number(process.env.ROUNDS ?? 4);
const LOADS = Number(process.env.LOADS ?? 5);
if (!process.env.BEFORE) throw new Error('BEFORE=<dir of a dist to compare with> is needed');
const builds: [string, string][] = [
  ['before', path.resolve(process.env.BEFORE)],
  ['after', DIST],
];
const lists = [
  ['tiktok', TIKTOK_BENCH_URLS.live],
  ['amazon', LIVE_URL],
] as const;

const WRAP = `(() => {
  if (globalThis.__hand) return;
  const rec = (globalThis.__hand = { parseStart: 0, sends: [] });
  const parse = JSON.parse;
  JSON.parse = function (text, ...rest) {
    if (typeof text === 'string' && text.length > 50000) rec.parseStart = performance.now();
    return parse.call(this, text, ...rest);
  };
  for (const ns of [globalThis.browser, globalThis.chrome]) {
    const rt = ns && ns.runtime;
    if (!rt || rt.__wrapped) continue;
    const send = rt.sendMessage;
    rt.sendMessage = function (m, ...rest) {
      const t0 = performance.now();
      const p = send.call(this, m, ...rest);
      const t1 = performance.now();
      if (m && m.type === 'cs/page-reading')
        rec.sends.push({ send: t1 - t0, handover: rec.parseStart && t0 - rec.parseStart < 100 ? t1 - rec.parseStart : t1 - t0, size: JSON.stringify(m).length });
      rec.parseStart = 0;
      return p;
    };
    rt.__wrapped = true;
  }
})()`;

const out: Record<string, { send: number[]; handover: number[]; size: number }> = {};
for (let round = 0; round < ROUNDS; round++)
  for (const [label, dir] of round % 2 ? [...builds].reverse() : builds) {
    const ext = await launchBuild(dir, [...tiktokBenchPages(), ...amazonBenchPages()]);
    try {
      for (const [name, url] of lists) {
        const sends: number[] = [];
        const hands: number[] = [];
        let size = 0;
        for (let i = 0; i < LOADS; i++) {
          const page = await ext.context.newPage();
          const cdp = await ext.context.newCDPSession(page);
          let ctx: number | undefined;
          cdp.on('Runtime.executionContextCreated', (e) => {
            const c = e.context as { id: number; auxData?: { type?: string }; origin: string; name: string };
            if (c.auxData?.type === 'isolated' && c.name.includes('Seller')) {
              ctx = c.id;
              void cdp.send('Runtime.evaluate', { expression: WRAP, contextId: c.id }).catch(() => undefined);
            }
          });
          await cdp.send('Runtime.enable');
          await page.goto(url);
          await page.waitForFunction(() =>
            performance
              .getEntriesByName('seller-guard:read')
              .some((e) => (e as PerformanceMeasure).detail?.orders === 500),
          );
          await page.waitForTimeout(300);
          const r = await cdp.send('Runtime.evaluate', {
            expression: 'JSON.stringify(globalThis.__hand)',
            contextId: ctx!,
            returnByValue: true,
          });
          const rec = JSON.parse(r.result.value as string) as {
            sends: { send: number; handover: number; size: number }[];
          };
          const last = rec.sends.at(-1)!;
          if (rec.sends.length !== 1) console.log('sends in this load:', rec.sends.length);
          if (i > 0) {
            sends.push(last.send);
            hands.push(last.handover);
          }
          size = last.size;
          await page.close();
        }
        const o = (out[`${label} ${name}`] ??= { send: [], handover: [], size });
        o.send.push(median(sends));
        o.handover.push(median(hands));
        console.log(
          round,
          label,
          name,
          'send',
          sends.map((x) => x.toFixed(1)).join(' '),
          '| handover',
          hands.map((x) => x.toFixed(1)).join(' '),
          '| bytes',
          size,
        );
      }
    } finally {
      await ext.close();
    }
  }
for (const [k, o] of Object.entries(out))
  console.log(
    k.padEnd(14),
    `message ${o.size} chars; sendMessage ${rangeOf(o.send)}; from a parse before it to its return ${rangeOf(o.handover)} (medians per browser)`,
  );
