// Amazon's list pairs each order with its status cell by selectors (sibling and scope combinators)
// that happy-dom and linkedom do not all match as Chromium does: the unit tests' cases, in Chromium's
// own selector engine. The reader is bundled as it is, with nothing of the extension around it.
import { buildSync } from 'esbuild';
import { STATUS_CELL_CASES } from '../fixtures/amazon/status-cell-cases';
import { expect, test } from './fixtures';

const reader = buildSync({
  stdin: {
    contents: "export { readAmazonOrderRows } from './read-order-list';",
    resolveDir: 'src/sites/amazon',
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'amazonList',
  write: false,
}).outputFiles[0]!.text;

const US = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1';

test('Amazon list: each order reads its own status cell in Chromium, whatever the rows do', async ({ ext }) => {
  const page = await ext.context.newPage();
  for (const { name, html, statuses } of STATUS_CELL_CASES) {
    await page.setContent(html());
    await page.addScriptTag({ content: reader });
    const read = await page.evaluate((url) => {
      const list = (globalThis as unknown as { amazonList: typeof import('../../src/sites/amazon/read-order-list') })
        .amazonList;
      const reading = list.readAmazonOrderRows(document, new URL(url));
      return reading.ok ? reading.orders.map((o) => o.status) : reading.reason;
    }, US);
    expect(read, name).toEqual(statuses);
  }
  await page.close();
});
