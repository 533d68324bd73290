// eBay's figures in `npm run bench`, beside Amazon's: its content scripts' weight on the heaviest of
// its pages, and the 500-row Manage orders read + render (eBay's list has no JSON: its markup only).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { GUARD_SCRIPTS } from '../src/shared/guard-script';
import { manyRows, orderListHtml } from '../test/fixtures/ebay/order-list-builder';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import { DIST } from './chromium';
import type { SamplePage } from './sample-pages';

export type Report = (name: string, value: number, unit: string, budget: number, gated?: boolean) => void;

const LIST_URL = 'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT&limit=500&bench=1';

const range = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms`;

/** An eBay page gets the starter and one of eBay's guards (no page-world observer). */
export function benchEbayBundle(report: Report): void {
  const gz = (file: string) => gzipSync(readFileSync(path.join(DIST, file))).length / 1024;
  const guards = Object.entries(GUARD_SCRIPTS)
    .filter(([name]) => name.startsWith('ebay'))
    .map(([name, { file }]) => [name, gz(file)] as const)
    .sort((a, b) => b[1] - a[1]);
  const [largest, size] = guards[0]!;
  const others = guards
    .slice(1)
    .map(([name, kb]) => `${name} ${kb.toFixed(1)} KB`)
    .join(', ');
  report(
    `eBay content scripts, gzipped: starter + the largest eBay guard (${largest}; ${others})`,
    gz('src/content/index.iife.js') + size,
    'KB',
    20,
  );
}

let listHtml: string | undefined;

/** The 500-row list, served with the bench's other pages (built once: serving it should not build it). */
export const EBAY_BENCH_PAGES: SamplePage[] = [
  { name: 'bench-ebay-500', url: LIST_URL, html: () => (listHtml ??= orderListHtml(manyRows(500))) },
];

export async function benchEbayList(context: BrowserContext, report: Report): Promise<void> {
  const reloaded = await readAndRender(context, LIST_URL, false);
  report(
    `eBay 500-row Manage orders: read + render, main thread, one tab reloaded (median of 7; ${range(reloaded)})`,
    median(reloaded),
    'ms',
    15,
  );
  const fresh = await readAndRender(context, LIST_URL, true);
  report(`The same, each load in a new tab (median of 7; ${range(fresh)})`, median(fresh), 'ms', 15);
}
