import { describe, expect, it } from 'vitest';
import { readEbayOrderList, tickedOrderIds } from '../../../src/sites/ebay/read-order-list';
import { ebayFixture, EBAY_FIXTURES } from '../../fixtures/ebay';
import { orderListHtml, rowHtml } from '../../fixtures/ebay/order-list-builder';
import { LIST_LABELS } from '../../fixtures/ebay/order-list-labels';
import { sampleRows } from '../../fixtures/ebay/order-list-rows';
import { ok, parse } from '../../helpers/fixtures';
import { day, expectOrders } from './expect-orders';

const URL_US = new URL('https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS');
const read = (html: string, url = URL_US) => readEbayOrderList(parse(html), url);
const rows = sampleRows('en');

describe('eBay orders list: every fixture reads as expected', () => {
  const lists = EBAY_FIXTURES.filter((f) => f.page === 'order-list' && f.expected.kind === 'orders' && !f.late);
  it.each(lists)(
    '$name',
    (f) => {
      const reading = ok(read(f.html(), new URL(f.url)));
      expect(reading).toMatchObject({ platform: 'ebay', page: 'order-list', metrics: [] });
      expectOrders(reading.orders, f.expected.kind === 'orders' ? f.expected.orders : []);
      // The 500-row page takes happy-dom seconds to build on a busy machine.
    },
    30_000,
  );

  it('reads the site of the URL: marketplace and currency', () => {
    expect(ok(read(ebayFixture('order-list-de').html(), new URL(ebayFixture('order-list-de').url)))).toMatchObject({
      marketplace: 'DE',
      orders: [{ marketplace: 'DE', currency: 'EUR', total: 98.5 }, {}, {}, {}, {}, {}],
    });
  });

  it('a cancel request under the status is a request through eBay, the order still unshipped', () => {
    const order = ok(read(orderListHtml(rows))).orders.find((o) => o.id === '19-10442-73015')!;
    expect(order).toMatchObject({
      status: 'unshipped',
      cancelRequest: { viaPlatform: true },
      shipBy: day('2026-11-22'),
    });
  });
});

describe('eBay orders list: refusals, never a shorter or wrong list', () => {
  it("eBay's bot check is no list, never an empty one", () => {
    expect(read(ebayFixture('order-list-challenge').html())).toMatchObject({ ok: false, code: 'layout-unknown' });
  });

  it('a grid still filling itself in is not ready; once its rows are there it reads', () => {
    const late = ebayFixture('order-list-late').html();
    expect(read(late)).toMatchObject({ ok: false, code: 'page-not-ready' });
    const filled = late.replace(
      '<tbody></tbody>',
      `<tbody>${rows.map((r) => rowHtml(r, LIST_LABELS.en)).join('')}</tbody>`,
    );
    expect(ok(read(filled)).orders).toHaveLength(6);
  });

  it('fewer rows than "Results: a - b of N" promises are a list still rendering', () => {
    const html = orderListHtml(rows).replace('Results: 1 - 6 of 6', 'Results: 1 - 8 of 8');
    expect(read(html)).toMatchObject({ ok: false, code: 'page-not-ready' });
  });

  it('a row whose checkbox ticks another order refuses the page', () => {
    const html = orderListHtml(rows).replace('data-ordernumber="12-15259-90368"', 'data-ordernumber="99-99999-99999"');
    expect(read(html)).toMatchObject({ ok: false, code: 'order-mismatch' });
  });

  it('a row whose detail link names another order refuses the page', () => {
    const html = orderListHtml(rows).replace('orderid=04-11873-22901', 'orderid=04-11873-22999');
    expect(read(html)).toMatchObject({ ok: false, code: 'order-mismatch' });
  });

  it('a row without an order number in its id refuses the page', () => {
    const html = orderListHtml(rows).replace('id="orderid_12-15259-90368__order-info"', 'id="orderid_x__order-info"');
    expect(read(html)).toMatchObject({ ok: false, code: 'id-invalid' });
  });

  it('a quantity that cannot be read refuses the page rather than guess 1', () => {
    const html = orderListHtml(rows).replace(/<span>(\d)<\/span><\/td>/, '<span>two</span></td>');
    expect(read(html)).toMatchObject({ ok: false, code: 'rows-unreadable' });
  });

  it('headings moved out of line with the cells leave the dates unknown, never swapped', () => {
    const html = orderListHtml([{ ...rows[0]!, sold: 'Nov 17, 2026', paid: 'Nov 18, 2026' }]).replace(
      /<th><span class="th-title">Date sold<\/span><\/th><th><span class="th-title">Date paid<\/span><\/th>/,
      '<th><span class="th-title">Date paid</span></th><th><span class="th-title">Date sold</span></th>',
    );
    const [order] = ok(read(html)).orders;
    expect(order!.orderedAt).toBeUndefined();
  });
});

describe('eBay orders list: buyer, status and figures by meaning', () => {
  it('the user id is the checkbox data, the display name the other span, in either order', () => {
    const html = orderListHtml(rows).replace(
      '<span>Jane Doe</span><span>janedoe_42</span>',
      '<span>janedoe_42</span><span>Jane Doe</span>',
    );
    expect(ok(read(html)).orders[0]).toMatchObject({ buyerId: 'janedoe_42', buyerName: 'Jane Doe' });
  });

  it('without the user id to tell the two apart, no name is said', () => {
    const html = orderListHtml(rows).replace('data-buyer-id="janedoe_42"', '');
    const [order] = ok(read(html)).orders;
    expect(order!.buyerId).toBeUndefined();
    expect(order!.buyerName).toBeUndefined();
  });

  it('tooltips, screen-reader copies and hidden words in a status cell change nothing', () => {
    const html = orderListHtml(rows).replace(
      '<div class="order-status">',
      '<div class="order-status"><span class="sr-only">Shipped</span><div role="tooltip">Canceled</div><span hidden>Delivered</span>',
    );
    expect(ok(read(html)).orders.map((o) => o.status)).toEqual(
      ok(read(orderListHtml(rows))).orders.map((o) => o.status),
    );
  });

  it('a status word we do not know is unknown, never a guess', () => {
    const html = orderListHtml([{ ...rows[4]!, state: 'shipped' }]).replace(
      '<span>Shipped</span>',
      '<span>In transit</span>',
    );
    expect(ok(read(html)).orders[0]!.status).toBe('unknown');
  });

  it('a neighbour with figures beside the total, the quantity or a date is not read', () => {
    const html = orderListHtml([rows[1]!])
      .replace(
        '<div class="total-price">$39.97</div>',
        '<div class="total-price">$39.97</div><div>Target: under 2.5%</div>',
      )
      .replace('<span>2</span>', '<span>2</span> <span>Rank 2 of 5</span>');
    expect(ok(read(html)).orders[0]).toMatchObject({
      total: 39.97,
      items: [{ quantity: 2 }],
      orderedAt: day('2026-11-17'),
    });
  });

  it('an amount without a currency mark is no total', () => {
    const html = orderListHtml([rows[0]!]).replace('$98.50', '98.50');
    const [order] = ok(read(html)).orders;
    expect([order!.total, order!.currency]).toEqual([undefined, undefined]);
  });
});

describe('eBay orders list: the rows the seller ticks', () => {
  it('are the checked bulk checkboxes, each once, in list order', () => {
    const doc = parse(orderListHtml(rows));
    for (const id of ['07-13390-48122', '12-15259-90368'])
      doc.querySelector<HTMLInputElement>(`input[data-ordernumber="${id}"]`)!.checked = true;
    expect(tickedOrderIds(doc)).toEqual(['12-15259-90368', '07-13390-48122']);
  });

  it('a hidden or disabled box is not a tick the seller can see or change', () => {
    const doc = parse(orderListHtml(rows));
    const box = (id: string) => doc.querySelector<HTMLInputElement>(`input[data-ordernumber="${id}"]`)!;
    for (const id of ['07-13390-48122', '12-15259-90368', '04-11873-22901']) box(id).checked = true;
    box('07-13390-48122').disabled = true;
    box('12-15259-90368').closest('td')!.setAttribute('hidden', '');
    expect(tickedOrderIds(doc)).toEqual(['04-11873-22901']);
  });

  it('the select-all box and a checkbox of another order are not ticked rows', () => {
    const doc = parse(
      orderListHtml(rows).replace('data-ordernumber="04-11873-22901"', 'data-ordernumber="99-99999-99999"'),
    );
    doc.querySelector<HTMLInputElement>('input[data-testid="all-orders-checkbox"]')!.checked = true;
    doc.querySelector<HTMLInputElement>('input[data-ordernumber="99-99999-99999"]')!.checked = true;
    expect(tickedOrderIds(doc)).toEqual([]);
  });
});
