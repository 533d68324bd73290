// Playwright fixtures: the BUILT extension in real Chromium, seller pages routed to samples. Each
// project runs the suite with the browser in one language (playwright.config.ts: en, de, zh-CN);
// tests read what the UIs and the banner should say from the message catalogue of that language.
import { test as base, expect, type Locator, type Page, type Worker } from '@playwright/test';
import { launchWithExtension, tabIdFor, type Launched } from '../../scripts/chromium';
import { routeSamplePages } from '../../scripts/sample-pages';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { createTranslator, type Translator } from '../../src/i18n/format';
import { localeFor } from '../../src/i18n/locales';

export { expect };

export interface Fixtures {
  /** The browser's language for this project (`--lang`). */
  lang: string;
  ext: Launched;
  /** What the extension's own pages say in this browser's language. */
  ui: Translator;
}

export const words = (lang: string): Translator => {
  const locale = localeFor(lang);
  return createTranslator(CATALOGUES[locale], locale);
};

export const test = base.extend<Fixtures>({
  lang: ['en-US', { option: true }],
  ext: async ({ lang }, use) => {
    const launched = await launchWithExtension({ headless: true, args: [`--lang=${lang}`] });
    await routeSamplePages(launched.context);
    await use(launched);
    await launched.close();
  },
  ui: async ({ lang }, use) => {
    await use(words(lang));
  },
});

export const host = (page: Page) => page.locator('[data-seller-guard]');

/** The words of a page's banner: the language its host says it speaks (data-lang). */
export async function bannerWords(page: Page): Promise<Translator> {
  const lang = await host(page).getAttribute('data-lang');
  expect(lang, 'the banner names its language').toBeTruthy();
  return words(lang!);
}

/**
 * A catalogue sentence as a pattern: the given parameters formatted as the reader's locale writes
 * them, the others matching anything (counts a test does not pin down).
 */
export function sentence(tr: Translator, key: string, params: Parameters<Translator['t']>[1] = {}): RegExp {
  const text = tr.t(key, params).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  // Accessible names fold no-break spaces ("2,5 %") into plain ones: any space matches any space.
  return new RegExp(text.replace(/\{\w+(?:, \w+)?\}/g, '.+?').replace(/\s/g, '\\s'));
}

export async function expectSaid(
  locator: Locator,
  tr: Translator,
  key: string,
  params?: Parameters<Translator['t']>[1],
) {
  await expect(locator).toContainText(sentence(tr, key, params));
}

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
