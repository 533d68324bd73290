// The Manage Orders list as Seller Central really builds it: a shell that asks /orders-api/search
// for its orders and renders the rows afterwards. The page-world observer hands the response to
// the content script, which reads the rows' dates and items from it, whether the page used fetch
// or XMLHttpRequest; the page itself notices nothing.
import { routeSamplePages } from '../../scripts/sample-pages';
import {
  liveOrderListHtml,
  livePagedOrderListHtml,
  LABELS,
  manyRows,
  ORDERS_SEARCH_URL,
  ORDERS_SEARCH_URL_PAGE_2,
  ordersSearchJson,
} from '../fixtures/amazon/order-list-builder';
import { expect, host, test } from './fixtures';

const rows = manyRows(30);
const LIST = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&live=1';

for (const transport of ['fetch', 'xhr'] as const) {
  test(`a list filled by the page's own ${transport} is read from its JSON`, async ({ ext }) => {
    await routeSamplePages(ext.context, [
      { name: 'live', url: LIST, html: () => liveOrderListHtml(rows, LABELS.en, transport) },
      {
        name: 'search',
        url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL}`,
        html: () => ordersSearchJson(rows),
        contentType: 'application/json',
      },
    ]);
    const page = await ext.context.newPage();
    await page.goto(LIST);
    await expect(page.locator('#orders-table tbody tr')).toHaveCount(30);
    await expect(host(page)).toHaveAttribute('data-read', 'ok');
    // The page's own code got its rows as usual.
    expect(await page.evaluate(() => performance.getEntriesByName('rows-rendered').length)).toBe(1);

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await expect
      .poll(async () => {
        const reply = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/export', as: 'json' }));
        const orders = (
          reply as { data: { orders: { id: string; orderedAt?: number; items: { currency?: string }[] }[] } }
        ).data.orders;
        // Only the JSON has the hour (10:00:00.123 in the fixture) and the currency code.
        return orders.filter(
          (o) => o.orderedAt !== undefined && o.orderedAt % 86_400_000 === 36_000_123 && o.items[0]?.currency === 'USD',
        ).length;
      })
      .toBe(30);
  });
}

test('paging inside the list (no reload) reads the next page from its own answer', async ({ ext }) => {
  const second = manyRows(20, Date.UTC(2026, 10, 12)).map((r, i) => ({
    ...r,
    id: `222-${String(3_000_000 + i)}-${String(4_000_000 + i)}`,
  }));
  const paged = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&paged=1';
  await routeSamplePages(ext.context, [
    { name: 'paged', url: paged, html: () => livePagedOrderListHtml(rows, second) },
    {
      name: 'search-1',
      url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL}`,
      html: () => ordersSearchJson(rows),
      contentType: 'application/json',
    },
    {
      name: 'search-2',
      url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL_PAGE_2}`,
      html: () => ordersSearchJson(second),
      contentType: 'application/json',
    },
  ]);
  const page = await ext.context.newPage();
  await page.goto(paged);
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  await page.locator('#next-page').click();
  await expect(page.locator('#orders-table tbody tr')).toHaveCount(20);
  await expect(page).toHaveURL(/page=2/);
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  // The second page's orders are recorded with what only their JSON says (the hour, the currency).
  await expect
    .poll(async () => {
      const reply = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/export', as: 'json' }));
      const orders = (
        reply as { data: { orders: { id: string; orderedAt?: number; items: { currency?: string }[] }[] } }
      ).data.orders;
      return orders.filter(
        (o) => o.id.startsWith('222-') && o.orderedAt! % 86_400_000 === 36_000_123 && o.items[0]?.currency === 'USD',
      ).length;
    })
    .toBe(20);
});

test('before its load event the page runs only the starter; the guard arrives after it, and the page cannot fetch it', async ({
  ext,
}) => {
  await routeSamplePages(ext.context, [
    { name: 'live', url: LIST, html: () => liveOrderListHtml(rows, LABELS.en, 'fetch') },
    {
      name: 'search',
      url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL}`,
      html: () => ordersSearchJson(rows),
      contentType: 'application/json',
    },
  ]);
  const page = await ext.context.newPage();
  // The page's own view of the timeline: when its load event ran, and when the guard marked the document.
  await page.addInitScript(() => {
    const seen = { loadAt: 0, ranBeforeLoad: true, guardAt: 0 };
    (window as unknown as { seen: typeof seen }).seen = seen;
    addEventListener('load', () => {
      seen.loadAt = performance.now();
      seen.ranBeforeLoad =
        document.documentElement.hasAttribute('data-seller-guard-loaded') ||
        document.querySelector('[data-seller-guard]') !== null;
      new MutationObserver(() => {
        if (!seen.guardAt && document.documentElement.hasAttribute('data-seller-guard-loaded'))
          seen.guardAt = performance.now();
      }).observe(document.documentElement, { attributes: true });
    });
  });
  await page.goto(LIST);
  await expect(host(page)).toHaveAttribute('data-read', 'ok');
  const seen = await page.evaluate(
    () => (window as unknown as { seen: { loadAt: number; ranBeforeLoad: boolean; guardAt: number } }).seen,
  );
  expect(seen.loadAt).toBeGreaterThan(0);
  expect(seen.ranBeforeLoad).toBe(false);
  expect(seen.guardAt).toBeGreaterThan(seen.loadAt);
  // Nothing of ours is web-accessible: the page cannot load the guard to probe for the extension.
  const fetched = await page.evaluate(
    (url) =>
      fetch(url).then(
        () => 'fetched',
        () => 'refused',
      ),
    `chrome-extension://${ext.extensionId}/src/content/guard-amazon.js`,
  );
  expect(fetched).toBe('refused');
});
