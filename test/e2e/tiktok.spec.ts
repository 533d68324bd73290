// TikTok Shop at its real URLs with the built extension: every page type's contract attributes, the
// centre's own answers read as the page receives them (never asked again), the markup alone when no
// answer was seen, late answers, refusals on layouts we do not know, and Insert into the chat composer.
import type { Page } from '@playwright/test';
import type { Launched } from '../../scripts/chromium';
import { routeSamplePages } from '../../scripts/sample-pages';
import { TIKTOK_SAMPLE_PAGES, tiktokPage } from '../../scripts/sample-pages-tiktok';
import { tiktokFixture } from '../fixtures/tiktok';
import { H, NOW } from '../fixtures/tiktok/order-samples';
import { bannerWords, expect, host, openPopup, tabIdOf, test } from './fixtures';

const urlOf = (name: string) => TIKTOK_SAMPLE_PAGES.find((p) => p.name === name)!.url;
const LIST_URL = urlOf('tiktok-us-orders');
const US_IDS = [
  '576461413038785752',
  '576461413038785769',
  '576461413038785776',
  '576461413038785783',
  '576461413038785790',
  '576461413038785807',
  '576461413038785814',
];

async function visit(page: Page, name: string): Promise<void> {
  await page.goto(urlOf(name));
  await expect(host(page)).toHaveAttribute('data-read', /ok|failed/);
}

interface Exported {
  orders: { id: string; status: string; fulfilment: string }[];
  events: { kind: string; orderId?: string; detail?: string }[];
  snapshots: { marketplace: string; metric: string; ratePercent: number; windowDays?: number }[];
}

async function exported(ext: Launched): Promise<Exported> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  const reply = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/export', as: 'json' }));
  await options.close();
  return (reply as { data: Exported }).data;
}

/** Every value the host's data-read takes, from the first moment of the page. */
async function recordReads(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { reads: string[] }).reads = seen;
    new MutationObserver(() => {
      const state = document.querySelector('[data-seller-guard]')?.getAttribute('data-read');
      if (state && seen[seen.length - 1] !== state) seen.push(state);
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
  return () => page.evaluate(() => (window as unknown as { reads: string[] }).reads);
}

test('shop health from the centre’s own answer; the order page carries its rate', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'tiktok-us-shop-health');
  await expect(host(page)).toHaveAttribute('data-platform', 'tiktok');
  await expect(host(page)).toHaveAttribute('data-page', 'account-health');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await expect(host(page)).toHaveAttribute('data-level', 'ok');
  await expect(host(page)).toHaveAttribute('data-rate', '1.8');
  await expect(host(page)).toHaveAttribute('data-lang', 'en');

  await visit(page, 'tiktok-us-order-detail');
  await expect(host(page)).toHaveAttribute('data-page', 'order-detail');
  await expect(host(page)).toHaveAttribute('data-order-id', '576461413038785752');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await expect(host(page)).toHaveAttribute('data-rate', '1.8');
  await expect(host(page)).toHaveAttribute('data-level', 'ok');

  const { snapshots } = await exported(ext);
  expect(snapshots).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ marketplace: 'US', metric: 'cancellation-rate', ratePercent: 1.8, windowDays: 14 }),
      expect.objectContaining({ marketplace: 'US', metric: 'valid-tracking-rate', ratePercent: 97, windowDays: 30 }),
    ]),
  );
});

test('a Thai shop over its seller-fault target is told so', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'tiktok-th-shop-health');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await expect(host(page)).toHaveAttribute('data-level', 'over');
  await expect(host(page)).toHaveAttribute('data-rate', '12');
  const snapshot = (await exported(ext)).snapshots.find(
    (s) => s.marketplace === 'TH' && s.metric === 'cancellation-rate',
  );
  expect(snapshot).toMatchObject({ ratePercent: 12, windowDays: 7 });
});

test('the order list is read when its late answer arrives: never a failure; its orders and requests are recorded', async ({
  ext,
}) => {
  let asked = 0;
  await ext.context.route('**/api/fulfillment/na/order/list*', async (route) => {
    asked += 1;
    await new Promise((r) => setTimeout(r, 3000));
    await route.fallback();
  });
  const page = await ext.context.newPage();
  const reads = await recordReads(page);
  await page.goto(LIST_URL);
  await expect(host(page)).toHaveAttribute('data-read', 'ok', { timeout: 15_000 });
  await expect(host(page)).toHaveAttribute('data-page', 'order-list');
  expect(await reads()).not.toContain('failed');
  // The page's own call, once: TikTok signs its calls, and we never make one.
  expect(asked).toBe(1);
  const { orders, events } = await exported(ext);
  const byId = new Map(orders.map((o) => [o.id, o]));
  expect([...byId.keys()]).toEqual(expect.arrayContaining(US_IDS));
  // Status where the code and the shown words agree; a pair no source explains stays unknown.
  expect(byId.get('576461413038785776')?.status).toBe('shipped');
  expect(byId.get('576461413038785790')?.status).toBe('cancelled');
  expect(byId.get('576461413038785814')?.status).toBe('unknown');
  expect(byId.get('576461413038785807')?.fulfilment).toBe('platform');
  expect(events).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        kind: 'cancel-request-seen',
        orderId: '576461413038785769',
        detail: 'No longer needed',
      }),
    ]),
  );
});

test('an order TikTok cancels by itself within a day is marked in the list and said in the banner', async ({ ext }) => {
  const [path, answer] = Object.entries(tiktokFixture('order-list-us').json!).find(([p]) => p.includes('order/list'))!;
  // The first order's deadline moved to five hours from now (the samples' own are long past).
  const soon = Math.round(Date.now() / 1000) + 5 * H;
  const body = JSON.stringify(answer.body).replace(`"${NOW + 20 * H}"`, `"${soon}"`);
  expect(body).toContain(`"${soon}"`);
  await ext.context.route(`**${path}*`, (route) => route.fulfill({ contentType: 'application/json', body }));
  const page = await ext.context.newPage();
  await page.goto(LIST_URL);
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  // Beside it, the shipped order whose request is to be declined by its tracking (its own test below).
  const marks = page.locator('[data-seller-guard-flag="auto-cancel"]');
  await expect(marks).toHaveCount(2);
  const mark = page.locator('tr', { hasText: '576461413038785752' }).locator('[data-seller-guard-flag="auto-cancel"]');
  const said = await bannerWords(page);
  await expect(mark).toHaveText(`⚠ ${said.t('guard.auto-cancel-flag', { platform: 'TikTok Shop', at: soon * 1000 })}`);
  await expect(host(page).locator('section')).toContainText(
    said.t('guard.auto-cancel-soon', { platform: 'TikTok Shop', count: 1 }),
  );
});

/** An order/list or order/get answer of a fixture, a time in it moved to `soon` (the samples' own are long past). */
async function answerWithTime(ext: Launched, fixture: string, path: string, was: number, soon: number): Promise<void> {
  const [at, answer] = Object.entries(tiktokFixture(fixture).json!).find(([p]) => p.includes(path))!;
  const body = JSON.stringify(answer.body).replace(`"${was}"`, `"${soon}"`);
  expect(body).toContain(`"${soon}"`);
  await ext.context.route(`**${at}*`, (route) => route.fulfill({ contentType: 'application/json', body }));
}

const SHIPPED_ASKED = '576461413038785821';

/** The US list read, with its one mark: beside the shipped order whose buyer asked to cancel. */
async function listMarkedOnce(ext: Launched) {
  const page = await ext.context.newPage();
  await page.goto(LIST_URL);
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  // The orders about to cancel themselves carry the same mark (none here: their deadlines are past).
  const marks = page.locator('[data-seller-guard-flag="auto-cancel"]');
  await expect(marks).toHaveCount(1);
  await expect(page.locator('tr', { has: marks }).first()).toContainText(SHIPPED_ASKED);
  return { page, marks };
}

test('a shipped order whose buyer asked to cancel is marked in the list: decline it by uploading the tracking, before TikTok approves it', async ({
  ext,
}) => {
  const soon = Math.round(Date.now() / 1000) + 6 * H;
  await answerWithTime(ext, 'order-list-us', 'order/list', NOW + 6 * H, soon);
  const { page, marks } = await listMarkedOnce(ext);
  const said = await bannerWords(page);
  const platform = 'TikTok Shop';
  await expect(marks).toHaveText(`⚠ ${said.t('guard.decline-by-tracking-flag-by', { platform, at: soon * 1000 })}`);
  await expect(host(page).locator('section')).toContainText(
    said.t('guard.decline-by-tracking-soon', { platform, count: 1 }),
  );
  // Nothing of the kind beside the order still to ship with a request, nor the one whose status is not known.
  for (const id of ['576461413038785769', '576461413038785838'])
    await expect(page.locator('tr', { hasText: id }).locator('[data-seller-guard-flag="auto-cancel"]')).toHaveCount(0);
});

test('the order page of that order says it first, with the time; the advice never asks the buyer to cancel', async ({
  ext,
}) => {
  const soon = Math.round(Date.now() / 1000) + 6 * H;
  await answerWithTime(ext, 'order-detail-us-shipped-request', 'order/get', NOW + 6 * H, soon);
  const page = await ext.context.newPage();
  await visit(page, 'tiktok-us-order-shipped-request');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await expect(host(page)).toHaveAttribute('data-order-id', SHIPPED_ASKED);
  const said = await bannerWords(page);
  await expect(host(page).locator('section li').first()).toHaveText(
    said.t('guard.decline-by-tracking-by', { platform: 'TikTok Shop', at: soon * 1000 }),
  );
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), page.url()));
  const actions = popup.locator('[data-action]');
  await expect(actions.first()).toHaveAttribute('data-action', 'upload-tracking');
  const kinds = await actions.evaluateAll((els) => els.map((el) => el.getAttribute('data-action')));
  expect(kinds).not.toContain('ask-buyer-to-request-cancellation');
  expect(kinds).not.toContain('cancel');
});

test("without the answer, the row's request tag still marks it, without a time the rows do not show", async ({
  ext,
}) => {
  await routeSamplePages(ext.context, [tiktokPage(tiktokFixture('order-list-us-dom-only'), 'dom-only')]);
  const { page, marks } = await listMarkedOnce(ext);
  const said = await bannerWords(page);
  await expect(marks).toHaveText(`⚠ ${said.t('guard.decline-by-tracking-flag', { platform: 'TikTok Shop' })}`);
});

test('without the centre’s answer the drawn rows alone are read', async ({ ext }) => {
  await routeSamplePages(ext.context, [tiktokPage(tiktokFixture('order-list-us-dom-only'), 'dom-only')]);
  const page = await ext.context.newPage();
  await page.goto(LIST_URL);
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  const { orders } = await exported(ext);
  expect(orders.map((o) => o.id)).toEqual(expect.arrayContaining(US_IDS));
});

test('a list drawn in a layout we do not know is refused in words, with no figures', async ({ ext }) => {
  const known = tiktokFixture('order-list-us-dom-only').html();
  // Order ids shown, but in rows we do not know: a redesign.
  const redesigned = known.replaceAll('data-log_', 'data-track_');
  // Nothing we know at all: perhaps still building, so refused only after the wait.
  const foreign = redesigned.replaceAll('order_id_number', 'oid');
  const pages = [
    { name: 'redesigned', url: `${LIST_URL}&v=1`, html: () => redesigned },
    { name: 'foreign', url: `${LIST_URL}&v=2`, html: () => foreign },
  ];
  await routeSamplePages(ext.context, pages);
  const page = await ext.context.newPage();
  for (const [{ url }, why] of [
    [pages[0]!, 'read-failure.layout-unknown'],
    [pages[1]!, 'read-failure.page-not-ready'],
  ] as const) {
    await page.goto(url);
    await expect(host(page)).toHaveAttribute('data-read', 'failed', { timeout: 15_000 });
    await expect(host(page)).not.toHaveAttribute('data-rate', /./);
    await expect(host(page)).toHaveAttribute('data-level', 'unknown');
    const said = await bannerWords(page);
    await expect(host(page).locator('section')).toContainText(said.t(why));
  }
  expect((await exported(ext)).orders).toHaveLength(0);
});

test('Brazil’s list and a detail cancelled by TikTok are read', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'tiktok-br-orders');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await visit(page, 'tiktok-br-order-cancelled');
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await expect(host(page)).toHaveAttribute('data-order-id', '582362672348497021');
  // Already cancelled: cancelling it again changes nothing.
  await expect(host(page)).not.toHaveAttribute('data-projected-rate', /./);
  const cancelled = (await exported(ext)).orders.find((o) => o.id === '582362672348497021');
  expect(cancelled?.status).toBe('cancelled');
});

test('Insert puts the draft into the composer beside the send button, not the search box', async ({ ext, ui }) => {
  const chat = `${urlOf('tiktok-us-chat')}&order_id=576461413038785752`;
  await routeSamplePages(
    ext.context,
    [tiktokPage(tiktokFixture('chat-us'), 'chat-with-order')].map((p) => ({ ...p, url: chat })),
  );
  const page = await ext.context.newPage();
  await visit(page, 'tiktok-us-shop-health');
  await visit(page, 'tiktok-us-order-detail');
  await page.goto(chat);
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await expect(host(page)).toHaveAttribute('data-page', 'messages');
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), chat));
  const draft = popup.locator('textarea[data-draft-lang]');
  await expect(draft).not.toHaveValue('');
  const text = await draft.inputValue();
  await popup.getByRole('button', { name: ui.t('draft.insert') }).click();
  await expect(popup.getByRole('status').last()).toHaveText(ui.t('draft.inserted'));
  await expect(page.locator('.chat-input textarea')).toHaveValue(text);
  await expect(page.locator('textarea.conversation-search')).toHaveValue('');
});
