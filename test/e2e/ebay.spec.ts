// eBay Seller Hub in real Chromium with the built extension, every page type at its real URL: the
// contract attributes, refusals on an unknown layout and eBay's bot check, pages that render late,
// the rows the seller ticks, and Insert into the message-buyer frame.
import type { Page } from '@playwright/test';
import { EBAY_ORDER_URL, EBAY_RETURN_URL, EBAY_SAMPLE_PAGES } from '../../scripts/sample-pages-ebay';
import { routeSamplePages, type SamplePage } from '../../scripts/sample-pages';
import { ebayFixture } from '../fixtures/ebay';
import { cancelDetailsHtml } from '../fixtures/ebay/cancellation-pages';
import { orderDetailHtml } from '../fixtures/ebay/order-detail-builder';
import { bannerWords, expect, expectSaid, host, openPopup, tabIdOf, test } from './fixtures';

type Expected = Record<string, string | null>;

const sample = (name: string) => EBAY_SAMPLE_PAGES.find((p) => p.name === name)!;

async function visit(page: Page, name: string): Promise<void> {
  await page.goto(sample(name).url);
  // Settled: read failed, or the background answered (pending readings carry no data-read).
  await expect(host(page)).toHaveAttribute('data-read', /ok|failed/, { timeout: 15_000 });
}

async function expectHost(page: Page, name: string, attributes: Expected): Promise<void> {
  for (const [attr, value] of Object.entries(attributes)) {
    if (value === null) await expect(host(page), `${name} ${attr}`).not.toHaveAttribute(`data-${attr}`, /.*/);
    else await expect(host(page), `${name} ${attr}`).toHaveAttribute(`data-${attr}`, value);
  }
  await expect(page.locator('[data-seller-guard]')).toHaveCount(1);
}

// The seller-level box first: the defect rate is the figure the order pages project from.
const EXPECTED: [string, Expected][] = [
  ['ebay-performance', { platform: 'ebay', page: 'account-health', read: 'ok', level: 'ok', rate: '0.73', lang: 'en' }],
  [
    'ebay-order-list',
    { platform: 'ebay', page: 'order-list', read: 'ok', level: 'ok', rate: '0.73', 'order-id': null, selected: '0' },
  ],
  [
    'ebay-order-detail',
    {
      platform: 'ebay',
      page: 'order-detail',
      read: 'ok',
      level: 'ok',
      rate: '0.73',
      'projected-rate': '0.97',
      'order-id': '12-15259-90368',
    },
  ],
  [
    'ebay-cancel-details',
    {
      platform: 'ebay',
      page: 'cancel',
      read: 'ok',
      rate: '0.73',
      'projected-rate': null,
      'order-id': '19-10442-73015',
    },
  ],
  ['ebay-cancellations', { platform: 'ebay', page: 'cancel', read: 'ok', rate: '0.73', 'order-id': null }],
  [
    'ebay-order-detail-return',
    {
      platform: 'ebay',
      page: 'order-detail',
      read: 'ok',
      rate: '0.73',
      'projected-rate': null,
      'order-id': '26-11842-60215',
    },
  ],
  ['ebay-message-frame', { platform: 'ebay', page: 'messages', read: 'ok', 'order-id': '12-15259-90368' }],
  [
    'ebay-de-performance',
    { platform: 'ebay', page: 'account-health', read: 'ok', level: 'over', rate: '2.35', lang: 'de' },
  ],
  ['ebay-de-order-list', { platform: 'ebay', page: 'order-list', read: 'ok', level: 'over', rate: '2.35', lang: 'de' }],
  [
    'ebay-de-order-detail',
    { platform: 'ebay', page: 'order-detail', read: 'ok', rate: '2.35', 'order-id': '23-45678-90123' },
  ],
  ['ebay-redesigned-performance', { platform: 'ebay', page: 'account-health', read: 'failed', rate: null }],
];

test('every eBay page type at its real URL carries the contract attributes', async ({ ext }) => {
  expect(EXPECTED.map(([n]) => n).sort()).toEqual(EBAY_SAMPLE_PAGES.map((p) => p.name).sort());
  const page = await ext.context.newPage();
  for (const [name, attributes] of EXPECTED) {
    await visit(page, name);
    await expectHost(page, name, attributes);
  }
});

test('the rows the seller ticks: how many could be cancelled, and the rate if all of them were', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'ebay-performance');
  await visit(page, 'ebay-order-list');
  const tick = (id: string) => page.locator(`input[data-testid="order-checkbox"][data-ordernumber="${id}"]`).click();
  const line = host(page).locator('[data-ticked]');
  await expect(host(page)).toHaveAttribute('data-selected', '0');
  await expect(host(page)).not.toHaveAttribute('data-projected-rate', /.*/);
  // Two open orders of the seller's: 3 defects of 412 → 5 of 412.
  await tick('12-15259-90368');
  await tick('04-11873-22901');
  await expect(host(page)).toHaveAttribute('data-selected', '2');
  await expect(host(page)).toHaveAttribute('data-projected-rate', '1.21');
  // In the banner's language: 0.73% → 1.21%, or 0,73 % → 1,21 %.
  await expect(line).toContainText(/0[.,]73/);
  await expect(line).toContainText(/1[.,]21/);
  // A shipped order cannot be cancelled; the buyer's own request through eBay costs nothing.
  await tick('22-16001-90007');
  await tick('19-10442-73015');
  await expect(host(page)).toHaveAttribute('data-selected', '3');
  await expect(host(page)).toHaveAttribute('data-projected-rate', '1.21');
  // Only the shipped one and the buyer's request left ticked: nothing would count.
  await tick('12-15259-90368');
  await tick('04-11873-22901');
  await expect(host(page)).toHaveAttribute('data-selected', '1');
  await expect(host(page)).not.toHaveAttribute('data-projected-rate', /.*/);
  await tick('22-16001-90007');
  await tick('19-10442-73015');
  await expect(host(page)).toHaveAttribute('data-selected', '0');
  await expect(line).toHaveCount(0);
});

test('the seller level held until the next evaluation, and that date, in the banner of each site', async ({ ext }) => {
  const page = await ext.context.newPage();
  const now = new Date();
  const at = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + (now.getUTCDate() < 20 ? 0 : 1), 20);
  for (const name of ['ebay-performance', 'ebay-de-performance']) {
    await visit(page, name);
    const said = await bannerWords(page);
    const band = { code: 'band.above-standard' };
    await expectSaid(host(page).locator('section'), said, 'guard.level-held', { platform: 'eBay', band, at });
  }
});

test('a delivered order with a return open: the popup answers the request and never cancels', async ({ ext }) => {
  const page = await ext.context.newPage();
  await visit(page, 'ebay-performance');
  await visit(page, 'ebay-order-detail-return');
  const popup = await openPopup(ext, await tabIdOf(await ext.worker(), EBAY_RETURN_URL));
  await popup.locator('[data-situation="not-as-described"]').click();
  await expect(popup.locator('[data-action]').first()).toBeVisible();
  const kinds = await popup
    .locator('[data-action]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
  expect(kinds.length).toBeGreaterThan(0);
  expect(
    kinds.filter((k) => ['cancel', 'confirm-buyer-cancellation', 'ask-buyer-to-request-cancellation'].includes(k!)),
  ).toEqual([]);
});

test("eBay's bot check instead of the list says it could not read the page, never 0 orders", async ({ ext }) => {
  const url = 'https://www.ebay.com/sh/ord/?filter=status:AWAITING_SHIPMENT';
  await routeSamplePages(ext.context, [{ name: 'challenge', url, html: ebayFixture('order-list-challenge').html }]);
  const page = await ext.context.newPage();
  await page.goto(url);
  await expect(host(page)).toHaveAttribute('data-read', 'failed');
  await expect(host(page)).not.toHaveAttribute('data-rate', /.*/);
});

test('a list and a seller-level box that render after load are read when they appear', async ({ ext }) => {
  const late: SamplePage[] = ['order-list-late', 'performance-late', 'order-detail-late'].map((name) => {
    const f = ebayFixture(name);
    return { name, url: `${f.url}${f.url.includes('?') ? '&' : '?'}late=1`, html: f.html };
  });
  await routeSamplePages(ext.context, late);
  const page = await ext.context.newPage();
  await page.goto(late[1]!.url);
  await expect(host(page)).toHaveAttribute('data-read', 'ok', { timeout: 15_000 });
  await expect(host(page)).toHaveAttribute('data-rate', '0');
  await page.goto(late[0]!.url);
  await expect(host(page)).toHaveAttribute('data-read', 'ok', { timeout: 15_000 });
  await expect(host(page)).toHaveAttribute('data-page', 'order-list');
  await page.goto(late[2]!.url);
  await expect(host(page)).toHaveAttribute('data-order-id', '12-15259-90368', { timeout: 15_000 });
  // The box showed a rate without its counts: a level, but no projection.
  await expect(host(page)).toHaveAttribute('data-rate', '0');
  await expect(host(page)).not.toHaveAttribute('data-projected-rate', /.*/);
});

test('hostile buyer text in the list stays text', async ({ ext }) => {
  const f = ebayFixture('order-list-hostile');
  const url = `${f.url}&hostile=1`;
  await routeSamplePages(ext.context, [{ name: 'hostile', url, html: f.html }]);
  const page = await ext.context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  expect(await host(page).evaluate((el) => el.shadowRoot!.querySelectorAll('img, script, iframe').length)).toBe(0);
  expect(dialogs).toEqual([]);
});

test("Insert from the popup reaches the compose box in the order page's message frame", async ({ ext, ui }) => {
  const page = await ext.context.newPage();
  await visit(page, 'ebay-performance');
  await visit(page, 'ebay-order-detail');
  const frame = page.frameLocator('iframe[title="Message buyer"]');
  await expect(frame.locator('textarea')).toBeVisible();
  const worker = await ext.worker();
  const tabId = await tabIdOf(worker, EBAY_ORDER_URL);
  // The frame's guard says its box is there; the tab stays the order page.
  await expect
    .poll(() =>
      worker.evaluate(
        async (key) => (await chrome.storage.session.get(key))[key] as Record<string, unknown>,
        `tab:${tabId}`,
      ),
    )
    .toMatchObject({ page: 'order-detail', focusOrderId: '12-15259-90368', hasMessageBox: true });
  // The frame has the guard (it answers Insert) and no banner: the order page has the one banner.
  await expect(frame.locator('html[data-seller-guard-loaded]')).toHaveCount(1);
  await expect(frame.locator('[data-seller-guard]')).toHaveCount(0);
  await expect(page.locator('[data-seller-guard]')).toHaveCount(1);
  const popup = await openPopup(ext, tabId);
  await popup.locator('[data-situation="changed-mind"]').click();
  await popup.locator('[data-action]').first().click();
  const draft = popup.locator('textarea[data-draft-lang]');
  await expect(draft).toHaveValue(/12-15259-90368/);
  const text = await draft.inputValue();
  await popup.getByRole('button', { name: ui.t('draft.insert') }).click();
  await expect(popup.getByRole('status').last()).toHaveText(ui.t('draft.inserted'));
  await expect(frame.locator('textarea')).toHaveValue(text);
});

/** What the extension's own pages hear back from the background, asked from the options page. */
async function ask<T>(
  ext: { context: { newPage(): Promise<Page> }; extensionId: string },
  message: unknown,
): Promise<T> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  const reply = (await options.evaluate((m) => chrome.runtime.sendMessage(m), message)) as T;
  await options.close();
  return reply;
}

test('records: requests, cancellations with their reason and route, cases, refunds and returns, in the history and the CSV', async ({
  ext,
}) => {
  const cancelled = (cancelId: string, orderId: string, buyerId: string, reason: string): SamplePage => ({
    name: cancelId,
    url: `https://www.ebay.com/Cancel/Details?cancelId=${cancelId}`,
    html: () => cancelDetailsHtml({ cancelId, orderId, itemId: '287632479455', buyerId, reason, refund: '$12.99' }),
  });
  const detail = ebayFixture('order-detail-shipped-case-open');
  const returned: SamplePage = {
    name: 'return',
    url: 'https://www.ebay.com/mesh/ord/details?orderid=22-16001-90007',
    html: () =>
      orderDetailHtml({
        id: '22-16001-90007',
        sold: 'Nov 17, 2026',
        paid: 'Nov 17, 2026',
        buyerId: 'samlee2001',
        shipBy: 'Nov 20',
        address: ['Sam Lee', '1 Pot Lane', 'Portland', 'OR', '97201', 'United States'],
        item: { id: '287632479600', title: 'Ceramic plant pot', sku: 'POT-1', quantity: 1, price: 18.5 },
        total: 24.45,
        earnings: 20.1,
        tracking: '9400111899223344556600',
      }).replace(
        '<div class="wrapper">',
        '<div class="page-notice">The buyer requested a return.</div><div class="wrapper">',
      ),
  };
  const extra = [
    cancelled('5456020702', '19-10442-73015', 'meichen_88', 'Ordered by mistake'),
    cancelled('5456020703', '04-11873-22901', 'truiz-collects', 'Out of stock or cannot fulfill'),
    { name: 'case', url: `${detail.url}&case=1`, html: detail.html },
    returned,
  ];
  await routeSamplePages(ext.context, extra);
  const page = await ext.context.newPage();
  for (const name of ['ebay-performance', 'ebay-order-list']) await visit(page, name);
  for (const { url } of extra) {
    await page.goto(url);
    await expect(host(page)).toHaveAttribute('data-read', 'ok');
  }
  type Events = { events: Record<string, unknown>[] };
  const history = await ask<Events>(ext, { type: 'ui/history', platform: 'ebay' });
  const kinds = (orderId: string) => history.events.filter((e) => e.orderId === orderId).map((e) => e.kind);
  expect(kinds('19-10442-73015')).toEqual(
    expect.arrayContaining(['cancel-request-seen', 'status-changed', 'cancellation', 'refund']),
  );
  expect(kinds('12-15259-90368')).toEqual(expect.arrayContaining(['status-changed', 'dispute-opened']));
  expect(kinds('22-16001-90007')).toEqual(expect.arrayContaining(['return-requested']));
  const cancellations = history.events
    .filter((e) => e.kind === 'cancellation')
    .map(({ orderId, counted, startedBy, route }) => ({ orderId, counted, startedBy, route }))
    .sort((a, b) => String(a.orderId).localeCompare(String(b.orderId)));
  expect(cancellations).toEqual([
    // eBay recorded the seller's own reason: a defect.
    { orderId: '04-11873-22901', counted: true, startedBy: 'seller', route: 'seller' },
    // The buyer's own request through eBay: no defect.
    { orderId: '19-10442-73015', counted: false, startedBy: 'buyer', route: 'platform-request' },
  ]);
  const { data } = await ask<{ data: { orders: { platform: string }[]; snapshots: { metric: string }[] } }>(ext, {
    type: 'ui/export',
    as: 'json',
  });
  expect(data.orders.filter((o) => o.platform === 'ebay')).toHaveLength(6);
  expect(data.snapshots.map((s) => s.metric).sort()).toEqual([
    'cancellation-rate',
    'cases-closed-rate',
    'late-shipment-rate',
    'valid-tracking-rate',
  ]);
  const { csv } = await ask<{ csv: string }>(ext, { type: 'ui/export', as: 'csv' });
  expect(csv.split('\n').filter((line) => /\bebay\b/.test(line) && line.includes('04-11873-22901'))).not.toHaveLength(
    0,
  );
});
