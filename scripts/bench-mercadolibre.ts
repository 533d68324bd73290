// Mercado Libre's part of `npm run bench`: what its pages get in content scripts (the sales pages:
// starter, guard, page-world observer; the reputation page: starter and its own guard), and the
// 500-sale list read + render, as Mercado Libre builds it (cards after its own bricks answer) and as
// plain markup, in the same browser as the other sites' figures.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { GUARD_SCRIPTS } from '../src/shared/guard-script';
import { salesBricks } from '../test/fixtures/mercadolibre/sales-bricks';
import {
  EVENT_REQUEST_PATH,
  lateSalesListHtml,
  manySales,
  salesListHtml,
} from '../test/fixtures/mercadolibre/sales-list-builder';
import { SALES_LABELS } from '../test/fixtures/mercadolibre/sales-list-labels';
import { DIST } from './chromium';
import { median } from './bench-page-load';
import { readAndRender } from './bench-read';
import type { SamplePage } from './sample-pages';

type Report = (name: string, value: number, unit: string, budget: number, gated?: boolean) => void;

const ORIGIN = 'https://vendedores.mercadolivre.com.br';
const LIVE_URL = `${ORIGIN}/vendas/omni/lista?bench=live`;
const LIST_URL = `${ORIGIN}/vendas/omni/lista?bench=500`;

/** The 500-sale list as it builds itself from its answer, and in its served markup. */
export const MERCADOLIBRE_BENCH_URLS = { live: LIVE_URL, markup: LIST_URL };

export function benchMercadoLibreBundles(report: Report): void {
  const gz = (file: string) => gzipSync(readFileSync(path.join(DIST, file))).length / 1024;
  const starter = gz('src/content/index.iife.js');
  report(
    'Mercado Libre sales pages, gzipped: starter + their guard + page-world observer',
    starter + gz(GUARD_SCRIPTS.mercadolibre.file) + gz('src/page-world/observe-page-json.iife.js'),
    'KB',
    20,
  );
  report(
    'Mercado Libre reputation page, gzipped: starter + its own guard',
    starter + gz(GUARD_SCRIPTS['mercadolibre-reputation'].file),
    'KB',
    20,
  );
}

/** The pages the Chromium figures load; served with the rest of the bench's pages. */
export function mercadoLibreBenchPages(): SamplePage[] {
  const sales = manySales(500);
  const labels = SALES_LABELS['pt-BR'];
  const live = lateSalesListHtml(sales, labels, []);
  const markup = salesListHtml(sales, labels);
  const answer = JSON.stringify(salesBricks(sales, [], '500 vendas'));
  return [
    { name: 'bench-ml-live', url: LIVE_URL, html: () => live },
    { name: 'bench-ml-500', url: LIST_URL, html: () => markup },
    {
      name: 'bench-ml-answer',
      url: `${ORIGIN}${EVENT_REQUEST_PATH['pt-BR']}`,
      html: () => answer,
      contentType: 'application/json',
    },
  ];
}

export async function benchMercadoLibreList(context: BrowserContext, report: Report): Promise<void> {
  report(
    '500-sale Mercado Libre list as it builds itself (cards after its own answer): read + render, one tab reloaded (median of 7)',
    median(await readAndRender(context, LIVE_URL, false)),
    'ms',
    15,
  );
  report(
    'The same, each load in a new tab (median of 7)',
    median(await readAndRender(context, LIVE_URL, true)),
    'ms',
    15,
  );
  report(
    '500-sale Mercado Libre list in its served markup: read + render, one tab reloaded (median of 7)',
    median(await readAndRender(context, LIST_URL, false)),
    'ms',
    15,
  );
}
