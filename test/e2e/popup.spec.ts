// The popup and options in real Chromium: the order, the actions and a draft; Insert fills the
// page's own message box; the draft survives closing the popup and stopping the worker; axe scan.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { routeSamplePages } from '../../scripts/sample-pages';
import { languageName } from '../../src/ui/language-name';
import { etsyPage, SAMPLE_BUYERS, SAMPLE_ORDERS, STATES_EN } from '../fixtures/etsy/context-builder';
import { expect, host, openPopup, tabIdOf, test } from './fixtures';

const DETAIL = 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772299';
const CONTACT =
  'https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772299&marketplaceID=ATVPDKIKX0DER';

async function settle(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(host(page)).toHaveAttribute('data-read', /ok|failed/);
}

test("popup shows the order, the ranked actions and a draft; Insert fills the page's message box", async ({
  ext,
  ui,
}) => {
  const page = await ext.context.newPage();
  await settle(page, 'https://sellercentral.amazon.com/performance/dashboard');
  await settle(page, DETAIL);
  await settle(page, CONTACT);
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), CONTACT));
  await expect(popup.getByRole('heading', { name: ui.t('order.title', { id: '114-3941689-8772299' }) })).toBeVisible();
  // The buyer used Amazon's request: the platform-request route is preselected and ranked first.
  await expect(popup.locator('[data-asked-via="platform-request"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.locator('[data-action]').first()).toHaveAttribute('data-action', 'confirm-buyer-cancellation');
  await expect(popup.locator('[data-action]').first()).toHaveAttribute('data-reason-code', 'BuyerCanceled');
  const draft = popup.locator('textarea[data-draft-lang]');
  await expect(draft).toHaveAttribute('data-draft-lang', 'en');
  await expect(draft).toHaveValue(
    /order 114-3941689-8772299 \(Large-print wall calendar 2027, spiral…\) has been cancelled/,
  );
  await popup.getByRole('button', { name: ui.t('draft.insert') }).click();
  await expect(popup.getByRole('status').last()).toHaveText(ui.t('draft.inserted'));
  await expect(page.locator('#message')).toHaveValue(/has been cancelled/);
  // The page's own input listener saw the text (its character counter moved).
  await expect(page.locator('body')).toHaveAttribute('data-page-saw-input', /^[1-9]\d*$/);
  // The use is remembered with the draft: the history of drafts used for this order.
  await expect(popup.locator('details.uses summary')).toHaveText(ui.t('draft.uses', { count: 1 }));
  // And in the event log, beside the advice the seller was shown for this order.
  const logged = await popup.evaluate(async () => {
    const reply: { events: { kind: string; detail?: string }[] } = await chrome.runtime.sendMessage({
      type: 'ui/history',
      orderId: '114-3941689-8772299',
    });
    return reply.events.map((e) => `${e.kind}: ${e.detail ?? ''}`);
  });
  expect(logged).toEqual(
    expect.arrayContaining([
      'draft-used: inserted (confirm-buyer-cancellation, en)',
      'advice-given: confirm-buyer-cancellation',
    ]),
  );
});

test('situation choice and edited draft survive closing the popup and stopping the service worker', async ({
  ext,
  ui,
}) => {
  const page = await ext.context.newPage();
  await settle(page, 'https://sellercentral.amazon.com/performance/dashboard');
  await settle(page, 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232');
  const tabId = await tabIdOf(await ext.worker(), page.url());
  let popup = await openPopup(ext, tabId);
  await popup.locator('[data-situation="duplicate-order"]').click();
  await expect(popup.locator('[data-action]').first()).toHaveAttribute(
    'data-action',
    'ask-buyer-to-request-cancellation',
  );
  await popup.locator('select').first().selectOption('de');
  const draft = popup.locator('textarea[data-draft-lang]');
  await expect(draft).toHaveAttribute('data-draft-lang', 'de');
  await draft.fill('Guten Tag, Bestellung 114-3941689-8772232: eine kurze Frage. 😊');
  await expect(popup.locator('[data-lint="emoji"]')).toBeVisible();
  await expect(popup.getByRole('status').last()).toHaveText(ui.t('common.saved'));
  await popup.close();

  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');

  popup = await openPopup(ext, tabId);
  await expect(popup.locator('[data-situation="duplicate-order"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.locator('textarea[data-draft-lang]')).toHaveValue(
    'Guten Tag, Bestellung 114-3941689-8772232: eine kurze Frage. 😊',
  );
  await expect(popup.locator('textarea[data-draft-lang]')).toHaveAttribute('data-draft-lang', 'de');
});

test('hostile buyer text stays text in the popup', async ({ ext }) => {
  const page = await ext.context.newPage();
  // This tab serves the variant whose buyer name and address carry markup.
  await page.route('https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: readFileSync('test/fixtures/amazon/order-detail-hostile.html', 'utf8'),
    }),
  );
  await settle(page, 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232');
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), page.url()));
  const dialogs: string[] = [];
  popup.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await expect(popup.locator('dd').first()).toHaveText('<script>alert(1)</script>Eve');
  await expect(popup.locator('textarea[data-draft-lang]')).toHaveValue(/^Hello scriptalert\(1\)\/scriptEve,/);
  expect(await popup.locator('main img, main script, main iframe').count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test('accessibility: popup and options have no serious axe findings', async ({ ext, ui }) => {
  const page = await ext.context.newPage();
  await settle(page, 'https://sellercentral.amazon.com/performance/dashboard');
  await settle(page, 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232');
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), page.url()));
  await expect(popup.locator('textarea[data-draft-lang]')).toBeVisible();
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await expect(options.getByRole('button', { name: ui.t('options.save') })).toBeVisible();
  for (const p of [popup, options]) {
    const { violations } = await new AxeBuilder({ page: p }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('options: the shop policy is saved and used in drafts', async ({ ext, ui }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await options.getByLabel(ui.t('policy.signature'), { exact: true }).fill('Oak & Ink Stationery');
  await options.getByLabel(ui.t('policy.return-window'), { exact: true }).fill('14');
  await options.getByRole('button', { name: ui.t('options.save') }).click();
  await expect(options.getByText(ui.t('common.saved'), { exact: true })).toBeVisible();
  const page = await ext.context.newPage();
  await settle(page, 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232');
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), page.url()));
  await expect(popup.locator('textarea[data-draft-lang]')).toHaveValue(/Oak & Ink Stationery$/);
});

test('a custom template written in the options is offered in the popup for its action', async ({ ext, ui }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await options.getByLabel(ui.t('templates.title'), { exact: true }).fill('My calendar note');
  await options.locator('#tpl-action').selectOption('ask-buyer-to-request-cancellation');
  await options.locator('#tpl-lang').selectOption('fr');
  await options.locator('#tpl-text').fill('Bonjour {buyer}, commande {orderId} : merci de passer par {flow}.');
  await options.getByRole('button', { name: ui.t('templates.add') }).click();
  await expect(options.locator('[data-custom-templates] li')).toHaveCount(1);
  const page = await ext.context.newPage();
  await settle(page, 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232');
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), page.url()));
  await expect(popup.locator('[data-action]').first()).toHaveAttribute(
    'data-action',
    'ask-buyer-to-request-cancellation',
  );
  await popup
    .getByLabel(ui.t('draft.template'))
    .selectOption({ label: ui.t('draft.own-template', { title: 'My calendar note', lang: languageName('fr') }) });
  await expect(popup.locator('textarea[data-draft-lang]')).toHaveValue(
    "Bonjour Margaret Holloway, commande 114-3941689-8772232 : merci de passer par Vos commandes › Demander l'annulation.",
  );
  await expect(popup.locator('textarea[data-draft-lang]')).toHaveAttribute('data-draft-lang', 'fr');
});

test('a cancelled Etsy order: the popup offers one neutral "why did you cancel?" question, drafted and linted', async ({
  ext,
}) => {
  const url = 'https://www.etsy.com/your/orders/sold/3456789099';
  const cancelled = { ...SAMPLE_ORDERS[0]!, id: 3456789099, stateId: 3, refunded: true };
  await routeSamplePages(ext.context, [
    {
      name: 'etsy-cancelled',
      url,
      html: () =>
        etsyPage({ lang: 'en-US', locale: 'en-US', orders: [cancelled], buyers: SAMPLE_BUYERS, states: STATES_EN }),
    },
  ]);
  const page = await ext.context.newPage();
  await settle(page, url);
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), url));
  await popup.locator('[data-situation="changed-mind"]').click();
  await expect(popup.locator('[data-action]')).toHaveCount(1);
  await expect(popup.locator('[data-action]').first()).toHaveAttribute('data-action', 'ask-why-cancelled');
  await expect(popup.locator('textarea[data-draft-lang]')).toHaveValue(
    /could you tell us briefly why you decided to cancel\?/,
  );
  await expect(popup.locator('[data-lint]')).toHaveCount(0);
});

test('a very long buyer name wraps and is clipped: the popup keeps its width and the advice stays in view', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  const name = `Bartholomew${'x'.repeat(400)}`;
  await page.route('https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: readFileSync('test/fixtures/amazon/order-detail-unshipped.html', 'utf8').replaceAll(
        'Margaret Holloway',
        name,
      ),
    }),
  );
  await settle(page, 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232');
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), page.url()));
  await popup.setViewportSize({ width: 420, height: 720 });
  const buyer = popup.locator('dd').first();
  await expect(buyer).toContainText('Bartholomew');
  const sizes = await popup.evaluate(() => {
    const dd = document.querySelector('dd')!;
    return {
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      height: dd.getBoundingClientRect().height,
      line: parseFloat(getComputedStyle(dd).lineHeight),
    };
  });
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
  expect(sizes.height).toBeLessThanOrEqual(sizes.line * 3 + 1);
  await expect(popup.locator('[data-action]').first()).toBeVisible();
});
