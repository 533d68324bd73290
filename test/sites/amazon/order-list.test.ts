import { describe, expect, it } from 'vitest';
import { readAmazonOrderList, tickedOrderIds } from '../../../src/sites/amazon/read-order-list';
import { fixture, parse, ok } from '../../helpers/fixtures';
import { LABELS, manyRows, orderListHtml, type Row } from '../../fixtures/amazon/order-list-builder';

const US = new URL('https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1');

describe('Amazon Manage Orders reader', () => {
  it('reads every row of the English list', () => {
    const r = ok(readAmazonOrderList(fixture('amazon/order-list-en.html'), US));
    expect(r.orders.map((o) => o.id)).toEqual([
      '114-3941689-8772232',
      '114-3941689-8772299',
      '113-2200481-5521144',
      '112-7788990-1122334',
    ]);
    const [first] = r.orders;
    expect(first).toMatchObject({
      platform: 'amazon',
      marketplace: 'US',
      buyerName: 'Margaret Holloway',
      status: 'unshipped',
      fulfilment: 'merchant',
      orderedAt: Date.UTC(2026, 10, 19),
      shipBy: Date.UTC(2026, 10, 21),
      items: [
        {
          title: 'Large-print wall calendar 2027, spiral bound',
          quantity: 1,
          asin: 'B0C1X2Y3Z4',
          sku: 'CAL-LP-2027',
          price: 14.99,
        },
      ],
    });
    expect(first!.cancelRequest).toBeUndefined();
  });

  it('reads the buyer-requested cancellation and its reason', () => {
    const r = ok(readAmazonOrderList(fixture('amazon/order-list-en.html'), US));
    expect(r.orders[1]!.cancelRequest).toEqual({ viaPlatform: true, reason: 'Order Created by Mistake' });
  });

  it('reads shipped and cancelled rows, and keeps hostile text as plain text', () => {
    const r = ok(readAmazonOrderList(fixture('amazon/order-list-en.html'), US));
    expect(r.orders[2]).toMatchObject({ status: 'shipped', buyerName: '<img src=x onerror=alert(1)> Dan' });
    expect(r.orders[2]!.items[0]).toMatchObject({
      quantity: 2,
      title: 'Magnifying reading glass with LED light <script>alert("x")</script>',
    });
    expect(r.orders[3]!.status).toBe('cancelled');
  });

  it('reads the German list (labels, dates, status words)', () => {
    const rows: Row[] = [
      {
        id: '028-5550123-4567890',
        date: '19.11.2026',
        buyer: 'Helga Brandt',
        title: 'Emaille-Topf',
        asin: 'B0DE123456',
        sku: 'TOPF-2L',
        quantity: 3,
        subtotal: '1.024,90 €',
        shipBy: '21.11.2026',
        status: 'Nicht versandt',
        buyerRequest: 'Versehentlich bestellt',
      },
    ];
    const r = ok(
      readAmazonOrderList(parse(orderListHtml(rows, LABELS.de)), new URL('https://sellercentral.amazon.de/orders-v3')),
    );
    expect(r.orders[0]).toMatchObject({
      marketplace: 'DE',
      status: 'unshipped',
      fulfilment: 'merchant',
      orderedAt: Date.UTC(2026, 10, 19),
      shipBy: Date.UTC(2026, 10, 21),
      items: [{ quantity: 3, price: 1024.9 }],
      cancelRequest: { viaPlatform: true, reason: 'Versehentlich bestellt' },
    });
  });

  it('reads the Japanese list', () => {
    const rows: Row[] = [
      {
        id: '503-1724766-9264601',
        date: '2026/11/16',
        buyer: '渕野ひとみ',
        title: '草履',
        asin: 'B00OK1O542',
        sku: 'J4-G38H-6FNI',
        quantity: 1,
        subtotal: '￥7,600',
        shipBy: '2026/11/18',
        status: '未出荷',
      },
    ];
    const r = ok(
      readAmazonOrderList(
        parse(orderListHtml(rows, LABELS.ja)),
        new URL('https://sellercentral.amazon.co.jp/orders-v3'),
      ),
    );
    expect(r.orders[0]).toMatchObject({
      marketplace: 'JP',
      status: 'unshipped',
      orderedAt: Date.UTC(2026, 10, 16),
      items: [{ price: 7600 }],
    });
  });

  it('knows FBA orders from the tab in the URL', () => {
    const r = ok(
      readAmazonOrderList(
        parse(orderListHtml(manyRows(2))),
        new URL('https://sellercentral.amazon.com/orders-v3/fba/all'),
      ),
    );
    expect(r.orders.every((o) => o.fulfilment === 'platform')).toBe(true);
  });

  it('an empty list is read as no orders, not a failure', () => {
    const r = ok(readAmazonOrderList(parse(orderListHtml([])), US));
    expect(r.orders).toEqual([]);
  });

  it('one order', () => {
    expect(ok(readAmazonOrderList(parse(orderListHtml(manyRows(1))), US)).orders).toHaveLength(1);
  });

  it('500 rows', () => {
    const r = ok(readAmazonOrderList(parse(orderListHtml(manyRows(500))), US));
    expect(r.orders).toHaveLength(500);
    expect(new Set(r.orders.map((o) => o.id)).size).toBe(500);
    expect(r.orders.filter((o) => o.status === 'cancelled')).toHaveLength(12);
  });

  it('refuses the legacy orders-v2 table and a redesign without #orders-table', () => {
    const legacy = parse('<div id="myo-table"><table><tr><td>114-3941689-8772232</td></tr></table></div>');
    expect(readAmazonOrderList(legacy, US)).toMatchObject({ ok: false });
    const redesign = parse(orderListHtml(manyRows(3)).replace('id="orders-table"', 'class="kat-table"'));
    expect(readAmazonOrderList(redesign, US)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('#orders-table'),
    });
  });

  it('refuses when rows lose their order id (markup changed under us)', () => {
    const html = orderListHtml(manyRows(3)).replace(
      /<div class="cell-body-title"><a href="\/orders-v3\/order\/[^"]+">[^<]+<\/a>/,
      '<div class="cell-body-title"><span>hidden</span>',
    );
    expect(readAmazonOrderList(parse(html), US)).toMatchObject({ ok: false, reason: '1 order rows could not be read' });
  });
});

describe('Amazon Manage Orders: the rows the seller ticked', () => {
  const page = () => fixture('amazon/order-list-en.html');
  const tick = (doc: Document, row: number) => {
    const box = doc.querySelectorAll<HTMLInputElement>('#orders-table tbody tr > td > input[type="checkbox"]')[row]!;
    box.checked = true;
    return box;
  };

  it('none ticked: names none', () => {
    const doc = page();
    expect(tickedOrderIds(doc)).toEqual([]);
  });

  it('reads each ticked row by the order in that row, in the list order', () => {
    const doc = page();
    tick(doc, 3);
    tick(doc, 0);
    expect(tickedOrderIds(doc)).toEqual(['114-3941689-8772232', '112-7788990-1122334']);
  });

  it('the checked attribute as a page renders it counts too (the builder ticks two duplicates)', () => {
    const rows: Row[] = manyRows(3).map((r, i) => ({ ...r, ticked: i < 2 }));
    const doc = parse(orderListHtml(rows, LABELS.de));
    expect(tickedOrderIds(doc)).toEqual([rows[0]!.id, rows[1]!.id]);
  });

  it('a hidden or disabled box is not a tick the seller can see or change', () => {
    const doc = page();
    tick(doc, 0).setAttribute('hidden', '');
    tick(doc, 1).disabled = true;
    tick(doc, 2).closest('td')!.setAttribute('style', 'display: none');
    expect(tickedOrderIds(doc)).toEqual([]);
  });

  it("a checked box in another cell (a gift option, the product cell) is not the row's tick", () => {
    const doc = page();
    const other = doc.createElement('input');
    other.type = 'checkbox';
    other.checked = true;
    doc.querySelector('td[data-test-id="oth-product-info"] .myo-list-orders-product-name-cell')!.append(other);
    expect(tickedOrderIds(doc)).toEqual([]);
  });

  it('the select-all box in the header ticks nothing by itself', () => {
    const doc = page();
    const all = doc.createElement('input');
    all.type = 'checkbox';
    all.checked = true;
    doc.querySelector('#orders-table thead th')!.append(all);
    expect(tickedOrderIds(doc)).toEqual([]);
  });

  it('no orders table: nothing is ticked', () => {
    expect(tickedOrderIds(parse('<p><input type="checkbox" checked></p>'))).toEqual([]);
  });
});
