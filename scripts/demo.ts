// `npm start`: opens Chromium with the built extension on the bundled sample seller pages, served
// at their real URLs. With --headless (or where no display exists) it visits every page, saves
// screenshots of each page, the popup and the options page to demo-shots/, prints what the
// extension read, and exits. With --store it makes the store listing's material instead
// (scripts/store-shots.ts: store/, in English, German, Spanish and Chinese).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { getChromium, launchWithExtension, tabIdFor, type Launched } from './chromium';
import { routeSamplePages, SAMPLE_PAGES } from './sample-pages';
import { EBAY_RETURN_URL } from './sample-pages-ebay';
import { storeMaterial } from './store-shots';

// `npm start -- --lang=de`: the browser (and so the popup, the options and the history) in German;
// each banner still speaks its marketplace's language. Those screenshots go to demo-shots/de/.
const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
const SHOTS = path.resolve(import.meta.dirname, '..', 'demo-shots', ...(lang ? [lang] : []));
const headless =
  process.argv.includes('--headless') ||
  process.env.CI === 'true' ||
  (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

async function hostFacts(page: Page): Promise<string> {
  const host = page.locator('[data-seller-guard]');
  await host.waitFor({ state: 'attached', timeout: 10_000 });
  // Wait until the background has answered (or the reader has refused the page).
  await page.waitForSelector(
    '[data-seller-guard][data-read]:not([data-level="unknown"]), [data-seller-guard][data-read="failed"], [data-seller-guard][data-read="ok"]',
    { timeout: 10_000 },
  );
  await page.waitForTimeout(300);
  const names = [
    'data-platform',
    'data-page',
    'data-read',
    'data-level',
    'data-rate',
    'data-projected-rate',
    'data-order-id',
    'data-lang',
  ];
  const values = await host.evaluate((el, n) => n.map((a) => [a, el.getAttribute(a)] as const), names);
  return values
    .filter(([, v]) => v !== null)
    .map(([a, v]) => `${a.slice(5)}=${v}`)
    .join(' ');
}

/**
 * eBay beyond one shot per page: the seller-level box scrolled into view, the orders list with two
 * open orders ticked (the rate if both were cancelled), and the popup on a delivered order with a return open.
 */
async function ebayExtras(ext: Launched): Promise<void> {
  const page = await ext.context.newPage();
  // The seller-level box sits below the fold (as on eBay): scrolled to, beside the banner.
  await page.goto(SAMPLE_PAGES.find((p) => p.name === 'ebay-performance')!.url);
  await hostFacts(page);
  await page.locator('.seller-level').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'ebay-performance-box.png') });
  await page.goto(SAMPLE_PAGES.find((p) => p.name === 'ebay-order-list')!.url);
  await hostFacts(page);
  for (const id of ['12-15259-90368', '04-11873-22901'])
    await page.locator(`input[data-testid="order-checkbox"][data-ordernumber="${id}"]`).click();
  await page.waitForSelector('[data-seller-guard][data-selected="2"][data-projected-rate]', { timeout: 10_000 });
  await page.screenshot({ path: path.join(SHOTS, 'ebay-order-list-ticked.png') });
  console.log(`${'ebay-order-list-ticked'.padEnd(36)} ${await hostFacts(page)} selected=2`);
  await page.goto(EBAY_RETURN_URL);
  await hostFacts(page);
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 720 });
  await popup.goto(
    `chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${await tabIdFor(await ext.worker(), EBAY_RETURN_URL)}`,
  );
  await popup.locator('[data-situation="not-as-described"]').click();
  await popup.locator('[data-action]').first().waitFor({ timeout: 10_000 });
  await popup.screenshot({ path: path.join(SHOTS, 'ebay-popup-return.png'), fullPage: true });
  await popup.close();
  await page.close();
}

async function tour(ext: Launched): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  let popupShot = false;
  for (const sample of SAMPLE_PAGES) {
    const page = await ext.context.newPage();
    await page.goto(sample.url);
    let facts: string;
    try {
      facts = await hostFacts(page);
    } catch {
      facts = 'no Seller Guard element (page not supported)';
    }
    await page.screenshot({ path: path.join(SHOTS, `${sample.name}.png`) });
    console.log(`${sample.name.padEnd(36)} ${facts}`);
    if (!popupShot && sample.name === 'amazon-order-detail') {
      const tabId = await tabIdFor(await ext.worker(), page.url());
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 420, height: 720 });
      await popup.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}`);
      await popup.waitForTimeout(500);
      await popup.screenshot({ path: path.join(SHOTS, 'popup.png'), fullPage: true });
      await popup.close();
      popupShot = true;
    }
    await page.close();
  }
  await ebayExtras(ext);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await options.waitForTimeout(500);
  await options.screenshot({ path: path.join(SHOTS, 'options.png'), fullPage: true });
  console.log(`\nScreenshots: ${SHOTS}`);
}

async function main(): Promise<void> {
  // Gets one first where none is installed; says in one line what to run when that fails.
  if (!getChromium()) process.exit(1);
  if (process.argv.includes('--store')) return storeMaterial();
  const ext = await launchWithExtension({ headless, args: lang ? [`--lang=${lang}`] : [], keepWelcome: !headless });
  await routeSamplePages(ext.context);
  if (headless) {
    await tour(ext);
    await ext.close();
    return;
  }
  for (const sample of SAMPLE_PAGES) await (await ext.context.newPage()).goto(sample.url);
  await ext.context.pages()[0]?.close();
  console.log('Chromium is open with Seller Guard on the sample seller pages. Close the browser to end the demo.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
