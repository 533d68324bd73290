// Before/after for the readers, in one run: the 500-row Manage Orders read + render with this
// build (dist/) and with another (BEFORE=<its dist>, e.g. the branch's base built elsewhere),
// taking turns in fresh browsers so both see the same machine. Not part of `npm run bench`.
//   flock /tmp/seller-guard-heavy.lock npx tsx scripts/bench-readers.ts
import path from 'node:path';
import {
  liveOrderListHtml,
  manyRows,
  orderListHtml,
  ORDERS_SEARCH_URL,
  ordersSearchJson,
} from '../test/fixtures/amazon/order-list-builder';
import { DIST, launchWithExtension } from './chromium';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import { routeSamplePages } from './sample-pages';

const LIVE_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=live';
const LIST_URL = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&bench=500';
const BUILDS: [string, string][] = [
  ['before', path.resolve(process.env.BEFORE ?? '/tmp/sg-before/dist')],
  ['after', DIST],
];
const ROUNDS = Number(process.env.ROUNDS ?? 3);

async function measure(dir: string): Promise<[number, number]> {
  const ext = await launchWithExtension({
    headless: true,
    withExtension: false,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  const rows = manyRows(500);
  const live = liveOrderListHtml(rows);
  const markup = orderListHtml(rows);
  const json = ordersSearchJson(rows);
  await routeSamplePages(ext.context, [
    { name: 'bench-live', url: LIVE_URL, html: () => live },
    { name: 'bench-500', url: LIST_URL, html: () => markup },
    {
      name: 'bench-json',
      url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL}`,
      html: () => json,
      contentType: 'application/json',
    },
  ]);
  try {
    return [
      median(await readAndRender(ext.context, LIVE_URL, false)),
      median(await readAndRender(ext.context, LIST_URL, false)),
    ];
  } finally {
    await ext.close();
  }
}

const results: Record<string, [number, number][]> = { before: [], after: [] };
for (let round = 0; round < ROUNDS; round++) {
  // ABBA order over rounds, so neither build always goes first.
  const order = round % 2 ? [...BUILDS].reverse() : BUILDS;
  for (const [label, dir] of order) results[label]!.push(await measure(dir));
}
const range = (xs: number[]) =>
  `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms (median ${median(xs).toFixed(1)})`;
for (const [label] of BUILDS) {
  const r = results[label]!;
  console.log(
    `${label.padEnd(7)} JSON-fed list: ${range(r.map((x) => x[0]))}; markup list: ${range(r.map((x) => x[1]))}`,
  );
}
