// Mercado Libre in real Chromium with the built extension, every page type at its real URL: the
// reputation figures (Brazil's embedded state, Mexico's text), a layout it does not know, the sales
// list built after load from its own answer with the sales that count marked, a sale's detail with
// its what-if, and the chat: Insert into a box the page re-mounts, a text over its 350 limit
// refused, an empty thread that takes no draft.
import type { Page, Worker } from '@playwright/test';
import { MERCADOLIBRE_SAMPLE_PAGES } from '../../scripts/sample-pages-mercadolibre';
import { bannerWords, expect, host, tabIdOf, test } from './fixtures';

const urlOf = (name: string) => MERCADOLIBRE_SAMPLE_PAGES.find((p) => p.name === name)!.url;

async function visit(page: Page, name: string): Promise<void> {
  await page.goto(urlOf(name));
  await expect(host(page)).toHaveAttribute('data-read', /ok|failed/, { timeout: 15_000 });
}

async function expectHost(page: Page, attributes: Record<string, string | null>): Promise<void> {
  for (const [attr, value] of Object.entries(attributes)) {
    if (value === null) await expect(host(page), attr).not.toHaveAttribute(`data-${attr}`, /.*/);
    else await expect(host(page), attr).toHaveAttribute(`data-${attr}`, value);
  }
}

/** Every value the host's data-read takes, from the first moment of the page. */
async function recordHost(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { hostHistory: string[] }).hostHistory = seen;
    new MutationObserver(() => {
      const read = document.querySelector('[data-seller-guard]')?.getAttribute('data-read') ?? 'pending';
      if (seen[seen.length - 1] !== read) seen.push(read);
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
}

const history = (page: Page) => page.evaluate(() => (window as unknown as { hostHistory: string[] }).hostHistory);

/** What the background's Insert request gets back from the page (the popup's Insert sends the same). */
async function insert(worker: Worker, tabId: number, text: string): Promise<unknown> {
  return worker.evaluate(([id, t]) => chrome.tabs.sendMessage(id, { type: 'bg/insert-draft', text: t }), [
    tabId,
    text,
  ] as const);
}

test('reputation: the cancelled-by-you rate from the state in Brazil and from the text in Mexico, in each language', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  await visit(page, 'mercadolibre-br-reputation');
  await expectHost(page, {
    platform: 'mercadolibre',
    page: 'account-health',
    read: 'ok',
    rate: '0.24',
    lang: 'pt-BR',
    'order-id': null,
  });
  await visit(page, 'mercadolibre-mx-reputation');
  await expectHost(page, { platform: 'mercadolibre', page: 'account-health', read: 'ok', rate: '0.2', lang: 'es' });
  await visit(page, 'mercadolibre-ar-reputation-over');
  await expectHost(page, { read: 'ok', rate: '1.08', lang: 'es' });
});

test('a reputation page it does not know says so at once and shows no number', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'mercadolibre-br-redesigned-reputation');
  await expectHost(page, {
    platform: 'mercadolibre',
    page: 'account-health',
    read: 'failed',
    level: 'unknown',
    rate: null,
  });
  const said = await bannerWords(page);
  await expect(host(page).locator('section')).toContainText(said.t('banner.failed'));
  await expect(host(page).locator('section')).not.toContainText(/\d%/);
});

test('the sales list built after load is read when its cards arrive, and the sales that count are marked', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  await visit(page, 'mercadolibre-br-reputation');
  await recordHost(page);
  await page.goto(urlOf('mercadolibre-br-sales'));
  await expect(host(page)).toHaveAttribute('data-read', 'ok', { timeout: 15_000 });
  await expectHost(page, { platform: 'mercadolibre', page: 'order-list', rate: '0.24', lang: 'pt-BR' });
  // Waiting for its cards is never a failure.
  expect(await history(page)).not.toContain('failed');
  const marks = page.locator('[data-seller-guard-flag="affects-reputation"]');
  await expect(marks).toHaveCount(1);
  await expect(marks.first().locator('xpath=..')).toHaveAttribute('id', 'row-2000006123450003_2000012345670004');
  const said = await bannerWords(page);
  await expect(marks.first()).toContainText(said.t('banner.counts-for-reputation'));
  // The sales the list said nothing about, or said do not count, carry no mark.
  await expect(page.locator('#row-2000006123456789_2000012345678901 [data-seller-guard-flag]')).toHaveCount(0);
  await visit(page, 'mercadolibre-mx-sales');
  await expectHost(page, { page: 'order-list', read: 'ok', lang: 'es' });
  await expect(page.locator('[data-seller-guard-flag]')).toHaveCount(0);
});

test('the sales the seller ticks: how many could still be cancelled, and the rate if all of them were', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  await visit(page, 'mercadolibre-br-reputation');
  await visit(page, 'mercadolibre-br-sales-ticked');
  const tick = (row: string) => page.locator(`#${row} input.andes-checkbox__input`).click();
  // Ticked as the page came: one to ship that Mercado Libre says does not count, one already
  // cancelled (past cancelling): one the seller could cancel, and no change to the rate.
  await expect(host(page)).toHaveAttribute('data-selected', '1');
  await expect(host(page)).not.toHaveAttribute('data-projected-rate', /.*/);
  // One to ship that the card says nothing about counts, whoever asked: 1 of 412 → 2 of 412.
  await tick('row-2000006123450007_2000012345670008');
  await expect(host(page)).toHaveAttribute('data-selected', '2');
  await expect(host(page)).toHaveAttribute('data-projected-rate', '0.49');
  const line = host(page).locator('[data-ticked]');
  await expect(line).toContainText(/0,24/);
  await expect(line).toContainText(/0,49/);
  await tick('row-2000006123456789_2000012345678901');
  await tick('row-2000006123450003_2000012345670004');
  await expect(host(page)).toHaveAttribute('data-selected', '1');
  await expect(host(page)).toHaveAttribute('data-projected-rate', '0.49');
  await tick('row-2000006123450007_2000012345670008');
  await expect(host(page)).toHaveAttribute('data-selected', '0');
  await expect(host(page)).not.toHaveAttribute('data-projected-rate', /.*/);
});

test("a tab with no sales, said only by the page's own answer, reads as empty at once", async ({ ext }) => {
  const page = await ext.context.newPage();
  await recordHost(page);
  await visit(page, 'mercadolibre-br-sales-empty');
  await expectHost(page, { page: 'order-list', read: 'ok' });
  await expect(page.locator('.sc-row')).toHaveCount(0);
  // Without the copied answer the page would say nothing of an empty list: the banner would wait.
  expect(await history(page)).not.toContain('failed');
});

test("a sale's detail names the sale, and no what-if for a sale Mercado Libre says does not count", async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'mercadolibre-br-reputation');
  await page.goto(urlOf('mercadolibre-br-sales'));
  await expect(host(page)).toHaveAttribute('data-read', 'ok', { timeout: 15_000 });
  await visit(page, 'mercadolibre-br-sale-detail');
  await expectHost(page, {
    platform: 'mercadolibre',
    page: 'order-detail',
    read: 'ok',
    'order-id': '2000006123456789',
  });
  expect(Number(await host(page).getAttribute('data-rate'))).toBe(0.24);
  // The list said of this sale "Não afeta sua reputação": cancelling it moves no rate, so no what-if.
  await expect(host(page)).not.toHaveAttribute('data-projected-rate');
  await visit(page, 'mercadolibre-mx-sale-detail');
  await expectHost(page, { page: 'order-detail', read: 'ok', 'order-id': '2000009876500003', lang: 'es' });
});

test('chat: Insert goes into the box the page has now, refuses a text over 350, and an empty thread takes none', async ({
  ext,
}) => {
  const page = await ext.context.newPage();
  await visit(page, 'mercadolibre-mx-chat');
  await expectHost(page, { platform: 'mercadolibre', page: 'messages', read: 'ok', 'order-id': '2000009876500001' });
  const worker = await ext.worker();
  const tabId = await tabIdOf(worker, page.url());
  expect(await insert(worker, tabId, 'Hola, Luis: su pedido sale hoy.')).toEqual({ ok: true, inserted: true });
  await expect(page.locator('.message-input-box textarea')).toHaveValue('Hola, Luis: su pedido sale hoy.');
  // The page sends and mounts a new box, as Mercado Libre's chat does: the next Insert finds it.
  await page.evaluate(() => {
    const fresh = document.createElement('textarea');
    fresh.placeholder = 'Escríbele al comprador';
    fresh.maxLength = 350;
    document.querySelector('.message-input-box textarea')!.replaceWith(fresh);
  });
  expect(await insert(worker, tabId, 'Segundo mensaje.')).toEqual({ ok: true, inserted: true });
  await expect(page.locator('.message-input-box textarea')).toHaveValue('Segundo mensaje.');
  // 349 letters and an emoji are 351 UTF-16 units: refused whole, the box keeps what it had.
  expect(await insert(worker, tabId, `${'a'.repeat(349)}🙂`)).toEqual({ ok: true, inserted: false });
  await expect(page.locator('.message-input-box textarea')).toHaveValue('Segundo mensaje.');

  await visit(page, 'mercadolibre-mx-chat-empty');
  await expectHost(page, { page: 'messages', read: 'ok', lang: 'es' });
  const said = await bannerWords(page);
  await expect(host(page).locator('section')).toContainText(said.t('banner.thread-empty'));
  expect(await insert(worker, await tabIdOf(worker, page.url()), 'Hola')).toEqual({ ok: true, inserted: false });
});
