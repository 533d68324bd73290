// Everything Seller Guard costs the seller's page on its main thread (issue #17), from Chromium's
// own trace of one load in a new tab, cold:
// - script: every task of ours (the starter's injection, the guard's evaluation, every callback of
//   ours afterwards), as the union of the trace's script events carrying our extension's URL;
// - forced layouts: style or layout computed inside our script (reading that needs layout, or
//   writing then reading): there must be none;
// - rendering: style, layout and paint the page does outside our script, compared with the same
//   page at a URL we do not match; the difference is what our banner and marks cost it.
import type { BrowserContext, Page } from '@playwright/test';
import { median, traceOneLoad, type TraceEvent } from './bench-page-load';

export interface MainThreadSample {
  /** ms of our script on the page's main thread */
  script: number;
  /** style or layout computations that ran inside our script */
  forcedLayouts: number;
  /** ms of style, layout and paint outside our script */
  rendering: number;
}

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.callFunction', 'ScriptInjection::InjectJs']);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
const FORCING = new Set(['UpdateLayoutTree', 'Layout']);

/** Total length of the union of intervals (nested and overlapping events count once). */
function unionLength(spans: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of spans.sort((a, b) => a[0] - b[0])) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

export function mainThreadOf(events: TraceEvent[], ours: (url: string) => boolean): MainThreadSample {
  const spans: [number, number][] = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        SCRIPT_EVENTS.has(e.name) &&
        (e.name === 'ScriptInjection::InjectJs' || ours(e.args?.data?.url ?? '')),
    )
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)]);
  const inside = (e: TraceEvent) => spans.some(([s, end]) => e.ts >= s && e.ts < end);
  const drawing = events.filter((e) => e.ph === 'X' && RENDERING.has(e.name));
  return {
    script: unionLength(spans) / 1000,
    forcedLayouts: drawing.filter((e) => FORCING.has(e.name) && inside(e)).length,
    rendering: drawing.filter((e) => !inside(e)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
  };
}

/** One traced load of `url` in a new tab; `settled` says when there is nothing left of ours to come. */
export async function tracedLoad(
  context: BrowserContext,
  url: string,
  settled: (page: Page) => Promise<unknown>,
  ours: (url: string) => boolean,
): Promise<MainThreadSample> {
  const events = await traceOneLoad(
    context,
    url,
    ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'extensions'],
    async (page) => {
      await settled(page);
      // What our marks and banner set off (paint, a late observer call) lands within this.
      await page.waitForTimeout(700);
    },
  );
  return mainThreadOf(events, ours);
}

export interface MainThreadFigure {
  /** median ms of our script */
  script: number;
  /** most forced layouts seen in one load */
  forcedLayouts: number;
  /** median rendering with us minus without */
  renderingDelta: number;
  /** the same difference between two loads without us: what noise alone moves it */
  renderingControl: number;
}

/** `with` and `without` loads taking turns, plus a second `without` series as the A/A control. */
export async function mainThreadFigure(
  load: (side: 'with' | 'without') => Promise<MainThreadSample>,
  runs: number,
): Promise<MainThreadFigure> {
  const withUs: MainThreadSample[] = [];
  const without: MainThreadSample[] = [];
  const control: MainThreadSample[] = [];
  for (let i = 0; i < runs; i++) {
    for (const side of i % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const))
      (side === 'with' ? withUs : without).push(await load(side));
    control.push(await load('without'));
  }
  const rendering = (xs: MainThreadSample[]) => median(xs.map((x) => x.rendering));
  const renderingDelta = rendering(withUs) - rendering(without);
  return {
    script: median(withUs.map((x) => x.script)),
    forcedLayouts: Math.max(...withUs.map((x) => x.forcedLayouts)),
    renderingDelta,
    renderingControl: rendering(control) - rendering(without),
  };
}
