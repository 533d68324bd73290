// What the per-platform profile scripts (profile-ebay.ts, profile-mercadolibre.ts, profile-tiktok.ts)
// share: a browser with a given build of the extension on the bench's pages, a copy of dist/ whose
// guard is built unminified (so a CPU profile names our functions), and the profile's node shape.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { build } from 'vite';
import { GUARD_SCRIPTS } from '../src/shared/guard-script';
import { DIST, launchWithExtension } from './chromium';
import { routeSamplePages, type SamplePage } from './sample-pages';

/** A headless Chromium with the extension built in `dir` (dist/ or a copy), serving `pages` at their URLs. */
export async function launchBuild(dir: string, pages: SamplePage[]) {
  const ext = await launchWithExtension({
    headless: true,
    withExtension: false,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  await routeSamplePages(ext.context, pages);
  return ext;
}

/** A copy of dist/ whose `guard` is built without minifying. */
export async function readableDist(guard: keyof typeof GUARD_SCRIPTS): Promise<string> {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), `sg-${guard}-profile-`)), 'dist');
  cpSync(DIST, dir, { recursive: true });
  const { entry, file } = GUARD_SCRIPTS[guard];
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: path.dirname(path.join(dir, file)),
      emptyOutDir: false,
      target: 'chrome120',
      minify: false,
      lib: { entry, formats: ['iife'], name: 'sellerGuard', fileName: () => path.basename(file) },
    },
  });
  return dir;
}

/** One node of a CDP Profiler profile. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Every pass's read and render (ms), as the page measured them: runs in the page, so it stands alone. */
const readRenderPasses = (): string[] =>
  performance
    .getEntriesByName('seller-guard:read')
    .map(
      (r, i) =>
        `${r.duration.toFixed(1)}+${performance.getEntriesByName('seller-guard:render')[i]!.duration.toFixed(1)}`,
    );

/**
 * The page's passes (the bench counts the one that read all 500 orders), then what `extra` finds in
 * the page (a platform's own phase marks), joined by `joiner`.
 */
export async function passesIn(page: Page, extra: () => string[] = () => [], joiner = ' '): Promise<string> {
  return [...(await page.evaluate(readRenderPasses)), ...(await page.evaluate(extra))].join(joiner);
}

/** NOPROF=1: the loads' own read + render timings only, without the profiler's overhead. */
export const SAMPLING = !process.env.NOPROF;

/** A new tab with CDP's sampling profiler started on it (enabled only, under NOPROF=1). */
export async function profiledTab(context: BrowserContext, interval: number) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval });
  if (SAMPLING) await cdp.send('Profiler.start');
  return { page, cdp };
}

/**
 * Time inside each function of `guard`'s build, callees included (a recursive function counted once),
 * added to `into`; native callees (DOM calls, JSON) count for the function that called them.
 * Returns the time spent anywhere inside the guard.
 */
export function timeInGuard(
  nodes: ProfileNode[],
  interval: number,
  into: Map<string, number>,
  guard: keyof typeof GUARD_SCRIPTS,
): number {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const file = path.basename(GUARD_SCRIPTS[guard].file);
  let ours = 0;
  const visit = (node: ProfileNode, stack: Set<string>) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const key = url.endsWith(file) ? `${functionName || '(anonymous)'} :${lineNumber + 1}` : undefined;
    const inner = key && !stack.has(key) ? new Set(stack).add(key) : stack;
    const ms = (node.hitCount ?? 0) * interval;
    if (inner.size) ours += ms;
    for (const k of inner) into.set(k, (into.get(k) ?? 0) + ms);
    for (const child of node.children ?? []) visit(byId.get(child)!, inner);
  };
  visit(nodes[0]!, new Set());
  return ours;
}
