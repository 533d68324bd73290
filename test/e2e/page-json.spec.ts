// The Manage Orders list as Seller Central really builds it: a shell that asks /orders-api/search
// for its orders and renders the rows afterwards. The page-world observer hands the response to
// the content script, which reads the rows' dates and items from it, whether the page used fetch
// or XMLHttpRequest; the page itself notices nothing.
import { routeSamplePages } from '../../scripts/sample-pages';
import { liveOrderListHtml, LABELS, manyRows, ORDERS_SEARCH_URL, ordersSearchJson } from '../fixtures/amazon/order-list-builder';
import { expect, host, test } from './fixtures';

const rows = manyRows(30);
const LIST = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1&live=1';

for (const transport of ['fetch', 'xhr'] as const) {
  test(`a list filled by the page's own ${transport} is read from its JSON`, async ({ ext }) => {
    await routeSamplePages(ext.context, [
      { name: 'live', url: LIST, html: () => liveOrderListHtml(rows, LABELS.en, transport) },
      { name: 'search', url: `https://sellercentral.amazon.com${ORDERS_SEARCH_URL}`, html: () => ordersSearchJson(rows), contentType: 'application/json' },
    ]);
    const page = await ext.context.newPage();
    await page.goto(LIST);
    await expect(page.locator('#orders-table tbody tr')).toHaveCount(30);
    await expect(host(page)).toHaveAttribute('data-read', 'ok');
    // The page's own code got its rows as usual.
    expect(await page.evaluate(() => performance.getEntriesByName('rows-rendered').length)).toBe(1);

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await expect.poll(async () => {
      const reply = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/export', as: 'json' }));
      const orders = (reply as { data: { orders: { id: string; orderedAt?: number; items: { currency?: string }[] }[] } }).data.orders;
      // Only the JSON has the hour (10:00:00.123 in the fixture) and the currency code.
      return orders.filter((o) => o.orderedAt !== undefined && o.orderedAt % 86_400_000 === 36_000_123 && o.items[0]?.currency === 'USD').length;
    }).toBe(30);
  });
}
