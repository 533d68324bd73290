// What crosses into the extension from outside and back out, in real Chromium: a reading the
// background does not believe, an import file it refuses, and the events CSV a seller downloads.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SAMPLE_PAGES, routeSamplePages } from '../../scripts/sample-pages';
import { said } from '../../src/core/said';
import { expect, host, sentence, test } from './fixtures';

const ORDER = '111-0000001-0000001';
const NOW = Date.now();
const file = (over: Record<string, unknown> = {}) => ({
  format: 'seller-guard-export',
  version: 1,
  exportedAt: new Date(NOW).toISOString(),
  orders: [
    {
      key: `amazon:${ORDER}`,
      platform: 'amazon',
      marketplace: 'US',
      id: ORDER,
      orderedAt: NOW - 86_400_000,
      buyerName: 'Zoë Šimek',
      items: [{ title: 'Mug', quantity: 1 }],
      status: 'unshipped',
      fulfilment: 'merchant',
      firstSeenAt: NOW - 3_600_000,
      lastSeenAt: NOW - 3_600_000,
      sourceUrl: 'https://sellercentral.amazon.com/orders-v3',
    },
  ],
  snapshots: [],
  events: [
    {
      id: `amazon:${ORDER}:cancel-request`,
      kind: 'cancel-request-seen',
      platform: 'amazon',
      marketplace: 'US',
      orderKey: `amazon:${ORDER}`,
      orderId: ORDER,
      at: NOW - 1_800_000,
      sourceUrl: 'https://sellercentral.amazon.com/orders-v3',
      // What a buyer can write as their reason: a formula, in full-width characters.
      detail: '＝HYPERLINK("https://evil.example","click")',
    },
  ],
  drafts: [],
  choices: [],
  templates: [],
  settings: [],
  ...over,
});

/** Imports through the options page's file input; the status then says `said`. */
async function importThrough(options: Page, data: unknown, said: string | RegExp): Promise<void> {
  await options.locator('input[type=file]').setInputFiles({
    name: 'seller-guard.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect(options.locator('[data-transfer-status]')).toContainText(said);
}

/** Everything stored, as the export has it (without the moment of the export). */
async function stored(options: Page): Promise<{ orders: unknown[]; events: unknown[] }> {
  const reply: { data: { exportedAt?: string; orders: unknown[]; events: unknown[] } } = await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'ui/export', as: 'json' }),
  );
  const { exportedAt: _at, ...data } = reply.data;
  return data;
}

/** The counts the options page shows after an import that added one order and its two events. */
const ONE_ORDER = /\b1\b.*\b2\b/;

test('an import file that fails a check is refused with where and why, and changes nothing', async ({ ext, ui }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await importThrough(options, file(), ONE_ORDER);
  const before = await stored(options);
  const broken = file();
  Object.assign(broken.orders[0]!, { marketplace: 'XX', lastSeenAt: NOW });
  const issue = said('import-issue.not-marketplace');
  await importThrough(
    options,
    broken,
    sentence(ui, 'import-problem.damaged', { where: 'orders[0].marketplace', issue }),
  );
  expect(await stored(options)).toEqual(before);
});

test('the events CSV opens in a spreadsheet: a byte-order mark first, and a buyer-written formula defused', async ({
  ext,
}) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await importThrough(options, file(), ONE_ORDER);
  const downloading = options.waitForEvent('download');
  await options.locator('button', { hasText: 'CSV' }).click();
  const bytes = readFileSync(await (await downloading).path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
  // The header is in the seller's language; the columns are always these eight.
  expect(rows[0]!.split(',')).toHaveLength(8);
  expect(rows.find((r) => r.includes('cancel-request-seen'))).toContain(
    `"'＝HYPERLINK(""https://evil.example"",""click"")"`,
  );
});

test('a page whose reading cannot be true (orders placed years ahead) is not read, and nothing is kept', async ({
  ext,
}) => {
  // The reader reads these dates as they stand; it is the background that does not believe them.
  const list = SAMPLE_PAGES.find((p) => p.name === 'amazon-de-order-list')!;
  await routeSamplePages(ext.context, [{ ...list, html: () => list.html().replaceAll('19.11.2026', '19.11.2031') }]);
  const page = await ext.context.newPage();
  await page.goto(list.url);
  await expect(host(page)).toHaveAttribute('data-read', 'failed');
  await expect(host(page)).not.toHaveAttribute('data-rate');
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  expect((await stored(options)).orders).toEqual([]);
});
