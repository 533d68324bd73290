// The list page's own search JSON: the validated subset we read, and the reader preferring it only
// when it covers every row on screen.
import { describe, expect, it } from 'vitest';
import { ordersFromSearch } from '../../../src/sites/amazon/orders-api';
import { readAmazonOrderList } from '../../../src/sites/amazon/read-order-list';
import { PageJsonLog } from '../../../src/sites/page-json';
import { manyRows, orderListHtml, ordersSearchJson, type Row } from '../../fixtures/amazon/order-list-builder';
import { ok, parse } from '../../helpers/fixtures';

const ORIGIN = 'https://sellercentral.amazon.com';
const US = new URL(`${ORIGIN}/orders-v3/mfn/unshipped?page=1`);
const SEARCH = `${ORIGIN}/orders-api/search?limit=15&offset=0&sort=ship_by_asc&date-range=last-7&fulfillmentType=mfn&orderStatus=unshipped`;

function logWith(...bodies: string[]): PageJsonLog {
  const log = new PageJsonLog();
  for (const body of bodies) log.add(`${SEARCH}\n${body}`, ORIGIN);
  return log;
}

describe('ordersFromSearch', () => {
  it('reads ids, times (epoch seconds → ms), items, SKU, ASIN from the product link and the line price', () => {
    const body = {
      total: 1,
      orders: [
        {
          amazonOrderId: '114-3941689-8772232',
          orderDate: 1_795_168_800.456,
          latestShipDate: 1_795_341_600.5,
          earliestDeliveryDate: 1_795_600_800,
          salesChannel: 'Amazon.com',
          orderItems: [
            {
              sellerSku: 'CAL-LP-2027',
              productName: '  Large-print\ncalendar ',
              quantityOrdered: 2,
              unitPrice: { CurrencyCode: 'USD', Amount: 14.99 },
              productLink: '/dp/B0C1X2Y3Z4?ref=x',
            },
          ],
        },
      ],
    };
    expect(ordersFromSearch(body).get('114-3941689-8772232')).toEqual({
      orderedAt: 1_795_168_800_456,
      shipBy: 1_795_341_600_500,
      deliverBy: 1_795_600_800_000,
      items: [
        {
          title: 'Large-print calendar',
          quantity: 2,
          sku: 'CAL-LP-2027',
          asin: 'B0C1X2Y3Z4',
          price: 29.98,
          currency: 'USD',
        },
      ],
    });
  });

  it('takes amounts written as strings, and leaves out what is not there or not plausible', () => {
    const body = {
      orders: [
        {
          amazonOrderId: 'a',
          orderDate: 12,
          orderItems: [
            { productName: 'x', quantityOrdered: -3, unitPrice: { Amount: '7.50', CurrencyCode: 'dollars' } },
          ],
        },
      ],
    };
    expect(ordersFromSearch(body).get('a')).toEqual({
      orderedAt: undefined,
      shipBy: undefined,
      deliverBy: undefined,
      items: [{ title: 'x', quantity: 1, sku: undefined, asin: undefined, price: 7.5, currency: undefined }],
    });
  });

  it('drops orders that do not look right and answers empty for anything that is not a search response', () => {
    const body = {
      orders: [
        null,
        5,
        { amazonOrderId: 7 },
        { amazonOrderId: 'no-items' },
        { amazonOrderId: 'bad-item', orderItems: [{ quantityOrdered: 1 }] },
        { amazonOrderId: 'empty', orderItems: [] },
      ],
    };
    expect(ordersFromSearch(body).size).toBe(0);
    for (const junk of [undefined, null, 'orders', [], { orders: 'x' }, { orders: {} }])
      expect(ordersFromSearch(junk).size).toBe(0);
  });
});

describe('PageJsonLog', () => {
  it('keeps the newest responses of this origin and parses only when asked', () => {
    const log = new PageJsonLog();
    log.add(`${SEARCH}\n{"orders":[],"total":1}`, ORIGIN);
    log.add(`${SEARCH}\n{"orders":[],"total":2}`, ORIGIN);
    expect(log.latest(/^\/orders-api\/search\/?$/)).toEqual({ orders: [], total: 2 });
    expect(log.latest(/^\/other$/)).toBeUndefined();
  });

  it('ignores other origins and malformed details; the newest response wins even when broken (it then reads as nothing)', () => {
    const log = new PageJsonLog();
    log.add(`https://evil.example/orders-api/search\n{"orders":[]}`, ORIGIN);
    log.add({ url: SEARCH }, ORIGIN);
    log.add('no newline', ORIGIN);
    log.add('not a url\n{}', ORIGIN);
    expect(log.latest(/search/)).toBeUndefined();
    log.add(`${SEARCH}\n{"orders":[]}`, ORIGIN);
    log.add(`${SEARCH}\n{"orders":[`, ORIGIN);
    expect(log.latest(/search/)).toBeUndefined();
  });

  it('keeps only the last few responses', () => {
    const log = new PageJsonLog();
    for (let i = 0; i < 10; i++) log.add(`${ORIGIN}/orders-api/search?n=${i}\n{"n":${i}}`, ORIGIN);
    log.add(`${ORIGIN}/elsewhere\n{}`, ORIGIN);
    expect(log.latest(/search/)).toEqual({ n: 9 });
  });
});

describe('Manage Orders reader with the page JSON', () => {
  const rows = manyRows(5);

  it('takes dates, items and prices from the JSON when it covers every row, and status, buyer and requests from the markup', () => {
    const withRequest: Row[] = rows.map((r, i) => (i === 1 ? { ...r, buyerRequest: 'Order Created by Mistake' } : r));
    const r = ok(readAmazonOrderList(parse(orderListHtml(withRequest)), US, logWith(ordersSearchJson(withRequest))));
    expect(r.orders).toHaveLength(5);
    // The JSON's times keep the hour (10:00 UTC + .123 s in the fixture); the markup gives the day only.
    expect(r.orders[0]).toMatchObject({
      id: rows[0]!.id,
      buyerName: 'Buyer 0',
      status: 'unshipped',
      fulfilment: 'merchant',
      orderedAt: Date.UTC(2026, 10, 20, 10, 0, 0, 123),
      items: [
        { title: 'Product number 0', quantity: 1, sku: 'SKU-0', asin: rows[0]!.asin, price: 9.99, currency: 'USD' },
      ],
    });
    expect(r.orders[1]!.cancelRequest).toEqual({ viaPlatform: true, reason: 'Order Created by Mistake' });
  });

  it('reads the cells instead when the JSON leaves a row out, belongs to another page, or is broken', () => {
    const html = orderListHtml(rows);
    const dayOnly = Date.UTC(2026, 10, 20);
    for (const log of [
      logWith(ordersSearchJson(rows.slice(0, 4))),
      logWith(
        ordersSearchJson(manyRows(5, Date.UTC(2025, 0, 1)).map((r, i) => ({ ...r, id: `999-000000${i}-0000000` }))),
      ),
      logWith('{"orders": ['),
    ]) {
      const r = ok(readAmazonOrderList(parse(html), US, log));
      expect(r.orders.map((o) => o.orderedAt)).toEqual([dayOnly, dayOnly, dayOnly, dayOnly, dayOnly]);
      expect(r.orders[0]!.items[0]).toMatchObject({ title: 'Product number 0', price: 9.99 });
      expect(r.orders[0]!.items[0]!.currency).toBeUndefined();
    }
  });

  it('never lets the JSON add orders that are not on screen, nor read a page the markup refuses', () => {
    const r = ok(readAmazonOrderList(parse(orderListHtml(rows.slice(0, 2))), US, logWith(ordersSearchJson(rows))));
    expect(r.orders.map((o) => o.id)).toEqual([rows[0]!.id, rows[1]!.id]);
    const redesign = readAmazonOrderList(
      parse('<html><body><div id="new-orders-grid"></div></body></html>'),
      US,
      logWith(ordersSearchJson(rows)),
    );
    expect(redesign.ok).toBe(false);
  });
});
