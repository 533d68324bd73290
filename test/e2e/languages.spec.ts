// The seller's language, end to end: the banner speaks each marketplace's sellers' language (or the
// browser's, when the seller chooses so in the options), and says which in data-lang; the popup,
// the options and the history follow the browser's language, or the one named by ?lang=.
import { bannerWords, expect, host, openPopup, tabIdOf, test, words } from './fixtures';

const DE_HEALTH = 'https://sellercentral.amazon.de/performance/dashboard';

test("the banner speaks the marketplace's language, whatever the browser's", async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(DE_HEALTH);
  await expect(host(page)).toHaveAttribute('data-read', /ok|failed/);
  await expect(host(page)).toHaveAttribute('data-lang', 'de');
  const level = (await host(page).getAttribute('data-level'))!;
  await expect(host(page).locator('.level')).toHaveText(words('de').t(`level.${level}`));
  await expect(host(page).locator('button[data-k="fold"]')).toHaveText('Einklappen');
  await page.goto('https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2');
  await expect(host(page)).toHaveAttribute('data-lang', 'zh-CN');
  await expect(host(page).locator('button[data-k="fold"]')).toHaveText(words('zh-CN').t('banner.collapse'));
  // The same marketplace's global seller centre is in English, and so is its banner.
  await page.goto('https://gsp.aliexpress.com/m_apps/order-manage/orderList');
  await expect(host(page)).toHaveAttribute('data-lang', 'en');
  await expect(host(page).locator('button[data-k="fold"]')).toHaveText(words('en').t('banner.collapse'));
});

test("a seller who prefers it gets the banner in the browser's language", async ({ ext, ui }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await options.locator('[data-setting="banner-language"]').selectOption('browser');
  await options.getByRole('button', { name: ui.t('options.save') }).click();
  await expect(options.getByText(ui.t('common.saved'), { exact: true })).toBeVisible();
  const page = await ext.context.newPage();
  await page.goto(DE_HEALTH);
  await expect(host(page)).toHaveAttribute('data-lang', ui.locale);
  const said = await bannerWords(page);
  await expect(host(page).locator('button[data-k="fold"]')).toHaveText(said.t('banner.collapse'));
});

test("the popup speaks the browser's language, advice and all; ?lang= chooses another", async ({ ext, ui }) => {
  const page = await ext.context.newPage();
  await page.goto('https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772299');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  const tabId = await tabIdOf(await ext.worker(), page.url());
  const popup = await openPopup(ext, tabId);
  await expect(popup.locator('html')).toHaveAttribute('lang', ui.locale);
  await expect(popup.locator('[data-situation="changed-mind"]')).toHaveText(ui.t('situation.changed-mind'));
  const first = popup.locator('[data-action]').first();
  await expect(first).toHaveAttribute('data-action', 'confirm-buyer-cancellation');
  await expect(first.locator('.why')).toHaveText(
    ui.t('advice.confirm', { flow: { code: 'flow.amazon' }, reason: 'BuyerCanceled' }),
  );
  await expect(popup.locator('.facts dd').nth(1)).toHaveText(ui.t('status.unshipped'));
  const ja = await ext.context.newPage();
  await ja.goto(`chrome-extension://${ext.extensionId}/src/popup/index.html?tab=${tabId}&lang=ja`);
  await expect(ja.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(ja.locator('[data-situation="changed-mind"]')).toHaveText(words('ja').t('situation.changed-mind'));
});
