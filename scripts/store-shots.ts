// `npm start -- --headless --store`: the store listing's images, made from the built extension on
// the sample pages, in each listed language (the browser's language, and the banner set to follow
// it), at exactly the sizes the stores take. Also copies the 128 px icon and writes the text files.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { CATALOGUES } from '../src/i18n/catalogues';
import { createTranslator } from '../src/i18n/format';
import { launchWithExtension, tabIdFor, type Launched } from './chromium';
import { routeSamplePages, SAMPLE_PAGES } from './sample-pages';
import { PROMO_TILE, SCREENSHOT, SHOT_NAMES, STORE_LOCALES, storeTextFiles } from './store-text';

const ROOT = path.resolve(import.meta.dirname, '..');
const STORE = path.join(ROOT, 'store');
const urlOf = (name: string) => SAMPLE_PAGES.find((s) => s.name === name)!.url;

async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-seller-guard][data-read="ok"]:not([data-level="unknown"])', { timeout: 15_000 });
  await page.waitForTimeout(400);
}

/** The seller who prefers it gets the banner in the browser's language: so do the screenshots. */
async function bannerFollowsBrowser(ext: Launched, save: string): Promise<void> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await options.locator('[data-setting="banner-language"]').selectOption('browser');
  await options.getByRole('button', { name: save }).click();
  await options.waitForTimeout(500);
  await options.close();
}

async function sellerPage(context: BrowserContext, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(SCREENSHOT);
  await page.goto(urlOf(name));
  await settled(page);
  return page;
}

/** The popup is narrow: shown beside the order page it speaks for, as a seller sees both. */
async function popupBeside(ext: Launched, order: Page, file: string): Promise<void> {
  const tabId = await tabIdFor(await ext.worker(), order.url());
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('[data-action]', { timeout: 15_000 });
  await popup.waitForTimeout(400);
  const png = (b: Buffer) => `data:image/png;base64,${b.toString('base64')}`;
  const [behind, front] = [await order.screenshot(), await popup.screenshot()];
  await popup.close();
  const frame = await ext.context.newPage();
  await frame.setViewportSize(SCREENSHOT);
  await frame.setContent(
    `<body style="margin:0;background:#1f2933;overflow:hidden">
      <img src="${png(behind)}" style="position:absolute;inset:0;width:1280px;opacity:.55">
      <img src="${png(front)}" style="position:absolute;right:40px;top:20px;width:400px;border-radius:8px;box-shadow:0 8px 32px #0008">
    </body>`,
  );
  await frame.screenshot({ path: file });
  await frame.close();
}

async function shotsIn(locale: (typeof STORE_LOCALES)[number]): Promise<void> {
  const dir = path.join(STORE, 'screenshots', locale);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ext = await launchWithExtension({ headless: true, args: [`--lang=${locale}`] });
  try {
    await routeSamplePages(ext.context);
    await bannerFollowsBrowser(ext, createTranslator(CATALOGUES[locale], locale).t('options.save'));
    // The figure first, as a seller would: every later page shows where they stand.
    await (await sellerPage(ext.context, 'amazon-account-health')).close();
    const order = await sellerPage(ext.context, 'amazon-order-detail-buyer-request');
    await order.screenshot({ path: path.join(dir, '1-order.png') });
    const list = await sellerPage(ext.context, 'amazon-order-list');
    for (const row of [0, 1]) await list.locator('#orders-table tbody tr').nth(row).locator('td > input').check();
    await list.waitForSelector('[data-seller-guard][data-selected="2"]');
    await list.waitForTimeout(400);
    await list.screenshot({ path: path.join(dir, '2-ticked-orders.png') });
    await popupBeside(ext, order, path.join(dir, '3-popup.png'));
    const welcome = await ext.context.newPage();
    await welcome.setViewportSize(SCREENSHOT);
    await welcome.goto(`chrome-extension://${ext.extensionId}/src/welcome/index.html`);
    await welcome.waitForTimeout(400);
    await welcome.screenshot({ path: path.join(dir, '4-welcome.png') });
  } finally {
    await ext.close();
  }
}

export async function promoTile(): Promise<void> {
  const ext = await launchWithExtension({ headless: true, withExtension: false });
  try {
    const page = await ext.context.newPage();
    await page.setViewportSize(PROMO_TILE);
    const icon = readFileSync(path.join(ROOT, 'public', 'icons', 'icon-128.png')).toString('base64');
    const { t } = createTranslator(CATALOGUES.en, 'en');
    await page.setContent(
      `<body style="margin:0;height:280px;display:flex;align-items:center;gap:20px;padding:0 28px;box-sizing:border-box;background:linear-gradient(135deg,#0b3d2e,#14532d);color:#fff;font:16px system-ui,sans-serif">
        <img src="data:image/png;base64,${icon}" width="128" height="128" alt="" style="background:#fff;border-radius:28px">
        <div><div style="font-size:30px;font-weight:700;white-space:nowrap">${t('extName')}</div>
        <div style="margin-top:10px;line-height:1.35;opacity:.92">${t('extDescription')}</div></div>
      </body>`,
    );
    await page.screenshot({ path: path.join(STORE, 'promo-tile-440x280.png') });
  } finally {
    await ext.close();
  }
}

export async function storeMaterial(): Promise<void> {
  mkdirSync(STORE, { recursive: true });
  for (const [file, content] of Object.entries(storeTextFiles())) writeFileSync(path.join(ROOT, file), content);
  copyFileSync(path.join(ROOT, 'public', 'icons', 'icon-128.png'), path.join(STORE, 'icon-128.png'));
  await promoTile();
  for (const locale of STORE_LOCALES) {
    await shotsIn(locale);
    console.log(`store/screenshots/${locale}: ${SHOT_NAMES.join(', ')}`);
  }
}
