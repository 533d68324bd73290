// A seller's first minute, in a fresh profile: installing opens the welcome page in the browser's
// language; one click there opens the platform's figure page, where the banner reads a real figure.
// The privacy policy is a page of the extension, linked from the welcome page and the options. The
// welcome, privacy and history pages pass an accessibility scan in light and dark mode.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { launchWithExtension, type Launched } from '../../scripts/chromium';
import { routeSamplePages } from '../../scripts/sample-pages';
import { expect, host, test, words } from './fixtures';

async function freshInstall(lang: string): Promise<{ ext: Launched; welcome: Page }> {
  const ext = await launchWithExtension({ headless: true, args: [`--lang=${lang}`], keepWelcome: true });
  await routeSamplePages(ext.context);
  const welcomeUrl = `chrome-extension://${ext.extensionId}/src/welcome/index.html`;
  await expect.poll(() => ext.context.pages().some((p) => p.url() === welcomeUrl)).toBe(true);
  return { ext, welcome: ext.context.pages().find((p) => p.url() === welcomeUrl)! };
}

test('installing opens the welcome page; one click there leads to a real figure', async ({ lang }) => {
  const { ext, welcome } = await freshInstall(lang);
  try {
    const ui = words(lang);
    await expect(welcome.locator('html')).toHaveAttribute('lang', ui.locale);
    await expect(welcome.locator('h1')).toHaveText(ui.t('welcome.title'));
    await expect(welcome.getByText(ui.t('welcome.local'))).toBeVisible();
    // One button per platform this build reads (the manifest's hosts): Amazon, Etsy and AliExpress at least.
    for (const platform of ['amazon', 'etsy', 'aliexpress'])
      await expect(welcome.locator(`[data-platform="${platform}"] [data-figure-page]`)).toHaveCount(1);
    // The sites it reads are exactly those it asks the browser for.
    const asked: string[] = await welcome.evaluate(() => chrome.runtime.getManifest().host_permissions ?? []);
    const listed = await welcome.locator('ul.hosts li').allTextContents();
    expect(listed).toEqual(asked.map((o) => o.replace(/^https:\/\/|\/\*$/g, '')));

    const amazon = welcome.locator('[data-platform="amazon"]');
    await amazon.getByLabel(ui.t('welcome.marketplace')).selectOption({ label: 'DE · sellercentral.amazon.de' });
    const button = amazon.locator('[data-figure-page]');
    await expect(button).toHaveText(ui.t('welcome.open.amazon'));
    const opened = ext.context.waitForEvent('page');
    await button.click();
    const health = await opened;
    await expect(health).toHaveURL('https://sellercentral.amazon.de/performance/dashboard');
    await expect(host(health)).toHaveAttribute('data-read', 'ok');
    await expect(host(health)).toHaveAttribute('data-rate', '1.42');
  } finally {
    await ext.close();
  }
});

test('the privacy policy is a page of the extension, linked from the welcome page and the options', async ({
  ext,
  ui,
}) => {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/src/welcome/index.html`);
  await page
    .getByRole('link', { name: ui.t('common.privacy') })
    .first()
    .click();
  await expect(page).toHaveURL(`chrome-extension://${ext.extensionId}/src/privacy/index.html`);
  await expect(page.locator('h1')).toHaveText(ui.t('privacy.title'));
  for (const key of ['privacy.stored-orders', 'privacy.where', 'privacy.how-long', 'privacy.sent'] as const)
    await expect(page.getByText(ui.t(key))).toBeVisible();
  await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await page.getByRole('link', { name: ui.t('common.privacy') }).click();
  await expect(page.locator('h1')).toHaveText(ui.t('privacy.title'));
});

const PAGES = ['welcome', 'privacy', 'history'] as const;
for (const colorScheme of ['light', 'dark'] as const) {
  test(`welcome, privacy and history pages: no serious accessibility finding (${colorScheme})`, async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme });
    for (const name of PAGES) {
      await page.goto(`chrome-extension://${ext.extensionId}/src/${name}/index.html`);
      await expect(page.locator('h1')).toBeVisible();
      const result = await new AxeBuilder({ page }).analyze();
      const serious = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${name} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    }
  });
}
