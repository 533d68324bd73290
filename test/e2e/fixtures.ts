// Playwright fixtures: the BUILT extension in real Chromium, seller pages routed to samples.
import { test as base, expect, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, tabIdFor, type Launched } from '../../scripts/chromium';
import { routeSamplePages } from '../../scripts/sample-pages';

export { expect };

export const test = base.extend<{ ext: Launched }>({
  ext: async ({}, use) => {
    const launched = await launchWithExtension({ headless: true });
    await routeSamplePages(launched.context);
    await use(launched);
    await launched.close();
  },
});

export const host = (page: Page) => page.locator('[data-seller-guard]');

/** The tab id the background recorded for a page, read from its session state. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await tabIdFor(worker, url);
  if (id === undefined) throw new Error(`no tab state for ${url}`);
  return id;
}

export async function openPopup(ext: Launched, tabId: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
  return page;
}
