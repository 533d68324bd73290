// The 500-row read + render, measured on a page at its URL in a browser that has the extension:
// shared by `npm run bench` and the before/after scripts (scripts/profile-*.ts).
import type { BrowserContext } from '@playwright/test';

/**
 * Main-thread time of the pass that read all 500 orders: its read plus its render. `newTabs`: each
 * load in a tab of its own (a new renderer, nothing of ours compiled yet); otherwise the same tab
 * reloaded, as a seller going back to the list does (the renderer keeps our compiled code).
 */
export async function readAndRender(context: BrowserContext, url: string, newTabs: boolean): Promise<number[]> {
  const times: number[] = [];
  let page = await context.newPage();
  for (let i = 0; i < 7; i++) {
    if (newTabs && i > 0) {
      await page.close();
      page = await context.newPage();
    }
    await page.goto(url);
    await page.waitForFunction(() =>
      performance.getEntriesByName('seller-guard:read').some((e) => (e as PerformanceMeasure).detail?.orders === 500),
    );
    times.push(
      await page.evaluate(() => {
        const reads = performance.getEntriesByName('seller-guard:read') as PerformanceMeasure[];
        const i = reads.findIndex((e) => e.detail?.orders === 500);
        return reads[i]!.duration + performance.getEntriesByName('seller-guard:render')[i]!.duration;
      }),
    );
  }
  // The last tab stays open: the popup's figure below is measured for it.
  return times;
}
