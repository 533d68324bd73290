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
import { routeSamplePages } from './sample-pages';
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

export async function benchTikTokList(ext: Launched, report: Report): Promise<void> {
  const live = tiktokFixture('order-list-us-500');
  const markupUrl = `${live.url}&bench=markup`;
  const html = live.html();
  const markup = renderedHtml(html);
  await routeSamplePages(ext.context, [
    { name: 'tiktok-bench-live', url: live.url, html: () => html },
    { name: 'tiktok-bench-markup', url: markupUrl, html: () => markup },
    ...tiktokAnswers(live),
  ]);
  report(
    'TikTok 500-order list as the centre builds it (from its own answer): read + render, one tab reloaded (median of 7)',
    median(await readAndRender(ext.context, live.url, false)),
    'ms',
    15,
  );
  report(
    'TikTok 500-order list from its markup alone (no answer seen): read + render, one tab reloaded (median of 7)',
    median(await readAndRender(ext.context, markupUrl, false)),
    'ms',
    15,
    false,
  );
}
