// The background's half of a list fed by its own JSON (issue #17): the page sends its rows and the
// answer as it received it; the orders are built here, exactly as the whole reader builds them on
// the page, and an answer that does not describe every row is refused whole, nothing kept.
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../src/background/router';
import { PAGE_ANSWER_MAX } from '../../src/messages/content-to-background';
import { MAX_TEXT } from '../../src/page-world/channel';
import { readAmazonOrderList, readAmazonOrderRows } from '../../src/sites/amazon/read-order-list';
import { completeWithPageJson } from '../../src/sites/page-json-feeds';
import { PageJsonLog } from '../../src/sites/page-json';
import { openStore } from '../../src/store/db';
import { getOrder } from '../../src/store/order-days';
import { manyRows, orderListHtml, ordersSearchJson } from '../fixtures/amazon/order-list-builder';
import { ok, parse } from '../helpers/fixtures';
import { CTX, contentSender, deps } from './router-fixture';

const URL_LIST = 'https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1';
const rows = manyRows(3, Date.UTC(2026, 10, 20));
const page = () => parse(orderListHtml(rows));
const sender = { ...contentSender, url: URL_LIST };

describe('orders built by the background from the page JSON', () => {
  it('rows read on the page + the answer = the whole reader on the page', () => {
    const url = new URL(URL_LIST);
    const log = new PageJsonLog();
    log.add(`https://sellercentral.amazon.com/orders-api/search\n${ordersSearchJson(rows)}`, url.origin);
    const whole = ok(readAmazonOrderList(page(), url, log));
    const rowsOnly = ok(readAmazonOrderRows(page(), url));
    expect(rowsOnly.orders.every((o) => o.items.length === 0 && o.orderedAt === undefined)).toBe(true);
    expect(completeWithPageJson(rowsOnly, ordersSearchJson(rows))).toEqual(whole);
  });

  it('stores the completed orders', async () => {
    const { d } = deps();
    const reading = ok(readAmazonOrderRows(page(), new URL(URL_LIST)));
    const reply = await createRouter(d, CTX)(
      { type: 'cs/page-reading', reading, pageJson: ordersSearchJson(rows) },
      sender,
    );
    expect(reply).toMatchObject({ ok: true });
    const stored = await getOrder(await openStore(), `amazon:${rows[0]!.id}`);
    expect(stored?.orderedAt).toBeGreaterThan(0);
  });

  it.each([
    ['an answer without one of the rows', ordersSearchJson(rows.slice(1))],
    ['not JSON', '{"orders": ['],
    ['not the search answer', '{"total": 3}'],
  ])('%s: the page is told to read its cells, nothing is kept', async (_, pageJson) => {
    const { d, tabs } = deps();
    const reading = ok(readAmazonOrderRows(page(), new URL(URL_LIST)));
    const reply = await createRouter(d, CTX)({ type: 'cs/page-reading', reading, pageJson }, sender);
    expect(reply).toEqual({ ok: false, readMarkup: true });
    expect(tabs.size).toBe(0);
    expect(await getOrder(await openStore(), `amazon:${rows[1]!.id}`)).toBeUndefined();
  });

  it('a page no JSON feeds cannot send one', async () => {
    const { d } = deps();
    const reading = { ...ok(readAmazonOrderRows(page(), new URL(URL_LIST))), page: 'order-detail' as const };
    expect(await createRouter(d, CTX)({ type: 'cs/page-reading', reading, pageJson: '{}' }, sender)).toEqual({
      ok: false,
      readMarkup: true,
    });
  });

  it('a page whose rows could not be read is kept as unread, whatever answer came with it', async () => {
    const { d, tabs } = deps();
    const reading = readAmazonOrderRows(parse('<body><p>Seller Central</p></body>'), new URL(URL_LIST));
    expect(reading.ok).toBe(false);
    const reply = await createRouter(d, CTX)({ type: 'cs/page-reading', reading, pageJson: '{}' }, sender);
    expect(reply).toMatchObject({ ok: true });
    expect(tabs.get(7)).toMatchObject({ read: 'failed' });
  });

  it('the message takes any answer the observer hands over', () => {
    expect(PAGE_ANSWER_MAX).toBe(MAX_TEXT);
  });
});
