// The seller's records in real Chromium: what the sample pages recorded survives the worker being
// stopped and the browser restarting with the same profile, and an export imported into a fresh
// profile holds the same data.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, type Launched } from '../../scripts/chromium';
import { routeSamplePages } from '../../scripts/sample-pages';
import { exportFileWith } from '../fixtures/export-file';
import { expect, expectSaid, host, sentence, test } from './fixtures';

async function visit(ext: Launched, urls: string[]): Promise<void> {
  const page = await ext.context.newPage();
  for (const url of urls) {
    await page.goto(url);
    await expect(host(page)).toHaveAttribute('data-read', /ok|failed/);
  }
  await page.close();
}

async function exported(ext: Launched): Promise<{ orders: unknown[]; events: unknown[]; snapshots: unknown[] }> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  const reply = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/export', as: 'json' }));
  await options.close();
  return (reply as { data: { orders: unknown[]; events: unknown[]; snapshots: unknown[] } }).data;
}

const PAGES = [
  'https://sellercentral.amazon.com/performance/dashboard',
  'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1',
  'https://www.etsy.com/your/orders/sold',
];

test('history survives a worker stop and a browser restart; an export imports into a fresh profile', async ({
  lang,
  ui,
}) => {
  const args = [`--lang=${lang}`];
  const profile = mkdtempSync(path.join(tmpdir(), 'seller-guard-profile-'));
  const work = mkdtempSync(path.join(tmpdir(), 'seller-guard-export-'));
  try {
    let ext = await launchWithExtension({ headless: true, profileDir: profile, args });
    await routeSamplePages(ext.context);
    await visit(ext, PAGES);
    const first = await exported(ext);
    expect(first.orders).toHaveLength(7);
    const page = await ext.context.newPage();
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await ext.context.close();

    ext = await launchWithExtension({ headless: true, profileDir: profile, args });
    await routeSamplePages(ext.context);
    const again = await exported(ext);
    expect(again.orders).toEqual(first.orders);
    expect(again.events).toEqual(first.events);
    await ext.context.close();

    const file = path.join(work, 'export.json');
    writeFileSync(file, JSON.stringify(again));
    const fresh = await launchWithExtension({ headless: true, args });
    const options = await fresh.context.newPage();
    await options.goto(`chrome-extension://${fresh.extensionId}/src/options/index.html`);
    await options.locator('input[type=file]').setInputFiles(file);
    await expectSaid(options.locator('[data-transfer-status]'), ui, 'transfer.imported', {
      orders: 7,
      events: first.events.length,
    });
    const imported = await exported(fresh);
    expect(imported.orders).toEqual(first.orders);
    expect(imported.events).toEqual(first.events);
    expect(imported.snapshots).toEqual(first.snapshots);
    await options.locator('input[type=file]').setInputFiles({
      name: 'future.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'seller-guard-export', version: 99 })),
    });
    await expectSaid(options.locator('[data-transfer-status]'), ui, 'import-problem.newer', { version: 99 });
    await fresh.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
});

test("the history page lists what was recorded, with the rate chart and each order's story", async ({ ext, ui }) => {
  await visit(ext, [...PAGES, 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772299']);
  const history = await ext.context.newPage();
  await history.goto(`chrome-extension://${ext.extensionId}/src/history/index.html`);
  await expect(history.locator('tr[data-event="order-seen"]')).toHaveCount(7);
  await expect(history.locator('tr[data-event="cancel-request-seen"]')).toHaveCount(1);
  const chart = sentence(ui, 'chart.label-limit', { platform: 'Amazon', marketplace: 'US', limit: 2.5 });
  await expect(history.getByRole('img', { name: chart })).toBeVisible();
  await expect(history.getByRole('img', { name: chart })).toHaveAccessibleName(new RegExp(ui.percent(1.92)));
  const reasons = ui.t('history.reason-count', { reason: 'Order Created by Mistake', count: 1 });
  await expect(history.getByText(ui.t('history.why-buyers-asked', { reasons }))).toBeVisible();
  // Times through Intl in the reader's language, never ISO strings.
  await expect(history.locator('tbody tr td').first()).not.toHaveText(/\d{4}-\d{2}-\d{2}T?/);
  await history.getByRole('button', { name: '114-3941689-8772299' }).first().click();
  await expect(history.locator('tbody tr')).toHaveCount(2);
  await history.locator('form.filters select').nth(1).selectOption('order-seen');
  await expect(history.locator('tbody tr')).toHaveCount(1);
});

test('tabs reading lists at the same moment lose nothing and log nothing twice', async ({ ext }) => {
  // The same Amazon list in two tabs, and two other lists, all at once.
  const amazon = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1';
  const lists = [
    amazon,
    amazon,
    'https://www.etsy.com/your/orders/sold',
    'https://csp.aliexpress.com/m_apps/order-manage/orderList?channelId=2',
  ];
  const pages = await Promise.all(lists.map(() => ext.context.newPage()));
  await Promise.all(pages.map((page, i) => page.goto(lists[i]!)));
  await Promise.all(pages.map((page) => expect(host(page)).toHaveAttribute('data-read', 'ok')));
  const data = await exported(ext);
  const ids = (data.orders as { platform: string }[]).map((o) => o.platform);
  // 4 Amazon + 3 Etsy + 3 AliExpress orders, each seen once.
  expect(ids.filter((p) => p === 'amazon')).toHaveLength(4);
  expect(ids.filter((p) => p === 'etsy')).toHaveLength(3);
  expect(ids.filter((p) => p === 'aliexpress')).toHaveLength(3);
  expect((data.events as { kind: string }[]).filter((e) => e.kind === 'order-seen')).toHaveLength(10);
});

test('a long history shows its newest 200 events first, then how many there are in all', async ({ ext, ui }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  const orderId = (i: number) => `111-0000000-${String(i).padStart(7, '0')}`;
  const events = Array.from({ length: 250 }, (_, i) => ({
    id: `e2e:${i}`,
    kind: 'order-seen',
    platform: 'amazon',
    marketplace: 'US',
    orderKey: `amazon:${orderId(i)}`,
    orderId: orderId(i),
    at: Date.UTC(2026, 9, 1) + i * 60_000,
    sourceUrl: 'https://sellercentral.amazon.com/orders-v3',
  }));
  await options.evaluate((data) => chrome.runtime.sendMessage({ type: 'ui/import', data }), exportFileWith(events));
  await options.goto(`chrome-extension://${ext.extensionId}/src/history/index.html`);
  await expect(options.locator('tbody tr')).toHaveCount(200);
  await expect(options.locator('#events-h')).toHaveText(ui.t('history.events-of', { shown: 200, total: 250 }));
  // Newest first: the last imported event heads the table.
  await expect(options.locator('tbody tr').first()).toContainText(orderId(249));
});
