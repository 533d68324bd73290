// The built extension in real Chromium: worker up, content script on routed real URLs, the
// message round trip, IndexedDB written and read back, popup and options rendered.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../../scripts/chromium';
import { GUARD_SCRIPTS } from '../../src/shared/guard-script';
import { SELLER_ORIGINS } from '../../src/sites/seller-origins';
import { bannerWords, expect, expectSaid, host, openPopup, tabIdOf, test } from './fixtures';

test('service worker starts and the manifest asks for the seller sites only', async ({ ext }) => {
  const worker = await ext.worker();
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions).toEqual(['storage', 'scripting']);
  expect([...manifest.host_permissions!].sort()).toEqual(SELLER_ORIGINS.map((o) => `${o}/*`).sort());
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect(JSON.stringify(manifest.content_scripts)).not.toContain('<all_urls>');
});

test("each built guard carries its own site's readers and no other site's", () => {
  // One string only each site's reader uses: Etsy's embedded state, Amazon's list path, AliExpress's new pages.
  const marks = { amazon: 'orders-v3', etsy: 'Etsy.Context', aliexpress: 'm_apps' } as const;
  for (const [site, { file }] of Object.entries(GUARD_SCRIPTS)) {
    const code = readFileSync(path.join(DIST, file), 'utf8');
    for (const [other, mark] of Object.entries(marks))
      expect(code.includes(mark), `${file} has ${other}'s ${mark}`).toBe(other === site);
  }
});

test('account health: reads the platform figure, round trip to the background, stored in IndexedDB', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  await page.goto('https://sellercentral.amazon.com/performance/dashboard');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await expect(host(page)).toHaveAttribute('data-level', 'near');
  await expect(host(page)).toHaveAttribute('data-rate', '1.92');
  await expect(host(page)).toHaveAttribute('data-platform', 'amazon');
  await expect(host(page)).toHaveAttribute('data-page', 'account-health');
  await expect(host(page)).toHaveCount(1);
  const worker = await ext.worker();
  const snapshots = await worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('seller-guard');
        open.onsuccess = () => {
          const count = open.result.transaction('snapshots').objectStore('snapshots').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error ?? new Error('count failed'));
        };
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      }),
  );
  expect(snapshots).toBeGreaterThanOrEqual(1);
});

test('the banner lives in an open shadow root the page cannot restyle', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://sellercentral.amazon.com/performance/dashboard');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await page.addStyleTag({
    content:
      '* { color: rgb(255, 0, 0) !important; font-size: 40px !important; } section { display: none !important; }',
  });
  const style = await host(page).evaluate((el) => {
    const section = el.shadowRoot!.querySelector('section')!;
    const s = getComputedStyle(section);
    return { color: s.color, display: s.display, size: s.fontSize };
  });
  expect(style.color).not.toBe('rgb(255, 0, 0)');
  expect(style.display).not.toBe('none');
  expect(style.size).toBe('13px');
});

test('a redesigned page says it could not read, with no numbers', async ({ ext }) => {
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('https://sellercentral.amazon.co.uk/performance/dashboard');
  await expect(host(page)).toHaveAttribute('data-read', 'failed');
  await expect(host(page)).toHaveAttribute('data-level', 'unknown');
  await expect(host(page)).not.toHaveAttribute('data-rate', /.*/);
  const said = await bannerWords(page);
  await expect(host(page).locator('section')).toContainText(said.t('banner.failed'));
  expect(errors).toEqual([]);
});

test("popup and options render for the tab, in the browser's language", async ({ ext, ui }) => {
  const page = await ext.context.newPage();
  await page.goto('https://sellercentral.amazon.com/performance/dashboard');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  const tabId = await tabIdOf(await ext.worker(), page.url());
  const popup = await openPopup(ext, tabId);
  await expect(popup.locator('html')).toHaveAttribute('lang', ui.locale);
  const headline = popup.locator('.gauge .headline');
  await expect(headline).toContainText(ui.t('metric.cancellation-rate'));
  await expect(headline).toContainText(ui.percent(1.92));
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await expect(options.locator('h1')).toHaveText(ui.t('options.title'));
  await expectSaid(options.locator('[data-store-counts]'), ui, 'options.store-counts', { figures: 4 });
});
