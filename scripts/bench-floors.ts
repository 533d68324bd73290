// What the list budgets (#12, #13, #16, #17) and the popup's (#17) rest on, measured on this machine
// beside the figures themselves:
// - a list read from its cells (eBay's; Mercado Libre's cards, whose answer names only ids; TikTok's
//   rows, which cross-check its answer): the least any reader of 500 orders does, touching each row's
//   cells once (their attributes, their child elements' classes, their text) and reading nothing,
//   from a world of its own as a content script's is (in a new tab, and in one tab reloaded, as the
//   read + render figures are taken), and from the page's own world;
// - the popup: the first frame of an extension page that draws one line and loads nothing else,
//   taking turns with the popup in one browser.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { DIST, tabIdFor } from './chromium';
import { launchBuild } from './profile-guard';
import { median } from './bench-page-load';
import type { SamplePage } from './sample-pages';

/** Runs in the page: each row's cells touched once; returns the ms it took. */
const TOUCH_CELLS = `(() => {
  const started = performance.now();
  let seen = 0;
  for (const row of document.querySelectorAll(ROWS))
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      seen += cell.attributes.length + (cell.textContent ?? '').length;
      for (let el = cell.firstElementChild; el; el = el.nextElementSibling) seen += el.getAttribute('class') ? 1 : 0;
    }
  return [performance.now() - started, seen];
})()`;

export interface CellWalkFloor {
  /** From a world of its own, as a content script's: each load in a new tab. */
  isolated: number[];
  /** The same, the one tab reloaded (as the bench's "reloaded" read + render figure is taken). */
  isolatedReloaded: number[];
  /** From the page's own world, each load in a new tab. */
  main: number[];
}

/** The walk's three ways, taking turns in that order and back: each load a tab of its own but the reloaded one's. */
const WAYS = ['isolated', 'isolatedReloaded', 'main'] as const;

/**
 * The walk over `rows` of `url` (a page none of our scripts match). `drawn`: the page draws its rows
 * after load (from its own answer), so the walk waits until `count` match `selector`. `expression`:
 * another floor's work instead of the walk, run the same three ways; it returns [ms, anything].
 */
export async function cellWalkFloor(
  context: BrowserContext,
  url: string,
  rows: string,
  drawn?: { selector: string; count: number },
  runs = 7,
  expression = TOUCH_CELLS.replace('ROWS', JSON.stringify(rows)),
): Promise<CellWalkFloor> {
  const out: CellWalkFloor = { isolated: [], isolatedReloaded: [], main: [] };
  // The reloaded tab's first load is not measured: each of its walks is then on a reload.
  const reloaded = await context.newPage();
  await reloaded.goto(url, { waitUntil: 'load' });
  try {
    for (let i = 0; i < runs; i++)
      for (const way of i % 2 ? [...WAYS].reverse() : WAYS) {
        const page = way === 'isolatedReloaded' ? reloaded : await context.newPage();
        const cdp = await context.newCDPSession(page);
        await page.goto(url, { waitUntil: 'load' });
        if (drawn)
          await page.waitForFunction(
            ({ selector, count }) => document.querySelectorAll(selector).length >= count,
            drawn,
          );
        let contextId: number | undefined;
        if (way !== 'main') {
          const { frameTree } = await cdp.send('Page.getFrameTree');
          ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
            frameId: frameTree.frame.id,
            worldName: 'bench-floor',
          }));
        }
        const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, contextId });
        out[way].push((result.value as [number, number])[0]);
        await cdp.detach();
        if (page !== reloaded) await page.close();
      }
  } finally {
    await reloaded.close();
  }
  return out;
}

/**
 * The popup's first content and a bare extension page's first frame, taking turns in one browser
 * with a copy of the build that has that page added (the build itself never ships it).
 */
export async function popupFloor(
  pages: SamplePage[],
  listUrl: string,
  runs = 7,
): Promise<{ popup: number[]; bare: number[] }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'seller-guard-floor-'));
  cpSync(DIST, dir, { recursive: true });
  // The popup's own stylesheet, as the build names it: the bare page pays for the same styles.
  const popupHtml = readFileSync(path.join(DIST, 'src/popup/index.html'), 'utf8');
  const stylesheet = /<link rel="stylesheet"[^>]*>/.exec(popupHtml)?.[0];
  if (!stylesheet) throw new Error('the built popup links no stylesheet');
  writeFileSync(
    path.join(dir, 'bench-bare.html'),
    `<!doctype html><meta charset="utf-8">${stylesheet}<body class="popup"><main id="app"></main><script type="module" src="bench-bare.js"></script>`,
  );
  writeFileSync(
    path.join(dir, 'bench-bare.js'),
    "document.getElementById('app').textContent = 'Seller Guard'; requestAnimationFrame(() => performance.mark('bare'));",
  );
  const ext = await launchBuild(dir, pages);
  const out = { popup: [] as number[], bare: [] as number[] };
  try {
    const list = await ext.context.newPage();
    await list.goto(listUrl);
    await list.waitForFunction(() => performance.getEntriesByName('seller-guard:read').length > 0);
    const worker = await ext.worker();
    const id = new URL(worker.url()).host;
    const tabId = await tabIdFor(worker, listUrl);
    for (let i = 0; i < runs; i++)
      for (const which of i % 2 ? (['bare', 'popup'] as const) : (['popup', 'bare'] as const)) {
        const page = await ext.context.newPage();
        const url = which === 'popup' ? `src/popup/index.html?tab=${tabId}` : 'bench-bare.html';
        const mark = which === 'popup' ? 'seller-guard:popup-first-content' : 'bare';
        await page.goto(`chrome-extension://${id}/${url}`);
        await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
        out[which].push(await page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime, mark));
        await page.close();
      }
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export const rangeOf = (xs: number[]) =>
  `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} ms, median ${median(xs).toFixed(1)}`;
