// Page load with vs without the extension, for `npm run bench`.
//
// Two figures, because on this 2-core machine the wall clock alone cannot resolve 5%:
// - the wall clock: the same page at a URL our scripts match and at one they do not, in one
//   browser, taking turns (ABBA, so neither side always goes first), plus the same comparison
//   between two unmatched URLs (an A/A control) to show how far noise alone moves it;
// - our own main-thread work before the page's load event, from Chromium's trace: the content
//   scripts' injection, isolated world creation included (`ScriptInjection::InjectJs`).
import type { BrowserContext, Page } from '@playwright/test';

export interface LoadSample {
  /** navigation start → end of the load event */
  load: number;
  /** for the live list: navigation start → its rows on screen (its own fetch answered) */
  rows?: number;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** How much the median with the extension differs from the median without, in percent. */
export const change = (withTimes: number[], withoutTimes: number[]) =>
  ((median(withTimes) - median(withoutTimes)) / median(withoutTimes)) * 100;

/** One load in a fresh tab; the tab stays open long enough for anything we start after load to finish. */
export async function loadOnce(context: BrowserContext, url: string, waitForRows: boolean): Promise<LoadSample> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (waitForRows) await page.waitForFunction(() => performance.getEntriesByName('rows-rendered').length > 0);
  const sample = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      load: nav.loadEventEnd - nav.startTime,
      rows: performance.getEntriesByName('rows-rendered')[0]?.startTime,
    };
  });
  // The guard is injected after load and reads the page; the background then stores it.
  await page.waitForTimeout(1200);
  await page.close();
  return sample;
}

/** Loads `a` and `b` in turns, ABBA, `pairs` times each. */
export async function takingTurns(
  context: BrowserContext,
  a: string,
  b: string,
  pairs: number,
  waitForRows: boolean,
): Promise<{ a: LoadSample[]; b: LoadSample[] }> {
  const out = { a: [] as LoadSample[], b: [] as LoadSample[] };
  for (let i = 0; i < pairs; i++) {
    for (const side of i % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const))
      out[side].push(await loadOnce(context, side === 'a' ? a : b, waitForRows));
  }
  return out;
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

/** Chromium's trace of one load of `url` in a new tab, kept open until `thenWait` is done. */
export async function traceOneLoad(
  context: BrowserContext,
  url: string,
  categories: string[],
  thenWait: (page: Page) => Promise<unknown>,
): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    events.push(...(data.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: categories }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'load' });
  await thenWait(page);
  await cdp.send('Tracing.end');
  await complete;
  // Anything of ours still to come after the trace (the guard is injected after load) ends here.
  await page.waitForTimeout(900);
  await page.close();
  return events;
}

/** Milliseconds of content-script injection on the page's main thread before its load event. */
export async function injectionBeforeLoad(context: BrowserContext, url: string): Promise<number> {
  const events = await traceOneLoad(context, url, ['devtools.timeline', 'extensions'], (page) =>
    page.waitForTimeout(300),
  );
  const load = Math.min(...events.filter((e) => e.name === 'MarkLoad').map((e) => e.ts));
  if (!Number.isFinite(load)) throw new Error(`no load event in the trace of ${url}`);
  return events
    .filter((e) => e.name === 'ScriptInjection::InjectJs' && e.ph === 'X' && e.ts < load)
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
}
