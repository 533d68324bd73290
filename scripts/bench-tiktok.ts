// TikTok Shop's figures in `npm run bench`: its pages' content scripts (the starter, the guard build
// the page gets and TikTok's page-world observer), and the 500-order Manage orders page read +
// render in real Chromium, as the centre builds it from its own order/list answer and from its
// markup alone (the fallback).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { GUARD_SCRIPTS } from '../src/shared/guard-script';
import { tiktokFixture } from '../test/fixtures/tiktok';
import { renderedHtml } from '../test/fixtures/tiktok/render';
import { DIST, type Launched } from './chromium';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import { routeSamplePages, type SamplePage } from './sample-pages';
import { tiktokAnswers } from './sample-pages-tiktok';

type Report = (name: string, value: number, unit: string, budget: number, gated?: boolean) => void;

const gz = (file: string) => gzipSync(readFileSync(path.join(DIST, file))).length / 1024;

export function benchTikTokBundles(report: Report): void {
  const base = gz('src/content/index.iife.js') + gz('src/page-world/observe-tiktok.iife.js');
  for (const [pages, guard] of [
    ['orders, order detail and chat', 'tiktok'],
    ['shop health', 'tiktok-health'],
  ] as const)
    report(
      `TikTok ${pages}: content scripts gzipped (starter + ${guard} guard + TikTok observer)`,
      base + gz(GUARD_SCRIPTS[guard].file),
      'KB',
      20,
    );
}

const live = tiktokFixture('order-list-us-500');

/** The bench's two 500-order pages: as the centre builds it from its answer, and its markup alone. */
export const TIKTOK_BENCH_URLS = { live: live.url, markup: `${live.url}&bench=markup` };

let html: string | undefined;
let markup: string | undefined;

/** The pages and the answer they fetch, each built once: serving them should not build them. */
export const tiktokBenchPages = (): SamplePage[] => [
  { name: 'tiktok-bench-live', url: TIKTOK_BENCH_URLS.live, html: () => (html ??= live.html()) },
  { name: 'tiktok-bench-markup', url: TIKTOK_BENCH_URLS.markup, html: () => (markup ??= renderedHtml(live.html())) },
  ...tiktokAnswers(live),
];

const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms`;

export async function benchTikTokList(ext: Launched, report: Report): Promise<void> {
  await routeSamplePages(ext.context, tiktokBenchPages());
  const built = 'TikTok 500-order list as the centre builds it (from its own answer): read + render';
  const reloaded = await readAndRender(ext.context, TIKTOK_BENCH_URLS.live, false);
  report(`${built}, one tab reloaded (median of 7; ${range(reloaded)})`, median(reloaded), 'ms', 15);
  const fresh = await readAndRender(ext.context, TIKTOK_BENCH_URLS.live, true);
  report(`The same, each load in a new tab (median of 7; ${range(fresh)})`, median(fresh), 'ms', 15);
  const alone = await readAndRender(ext.context, TIKTOK_BENCH_URLS.markup, false);
  report(
    `TikTok 500-order list from its markup alone (no answer seen): read + render, one tab reloaded (median of 7; ${range(alone)})`,
    median(alone),
    'ms',
    15,
    false,
  );
}
