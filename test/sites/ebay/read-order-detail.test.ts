import { describe, expect, it } from 'vitest';
import { lineItems, trackingShown } from '../../../src/sites/ebay/detail-parts';
import { readEbayOrderDetail } from '../../../src/sites/ebay/read-order-detail';
import { ebayFixture, EBAY_FIXTURES } from '../../fixtures/ebay';
import { orderDetailHtml, type DetailValues } from '../../fixtures/ebay/order-detail-builder';
import { AWAITING } from '../../fixtures/ebay/order-detail-cases';
import { ok, parse } from '../../helpers/fixtures';
import { expectOrders } from './expect-orders';

const URL_US = new URL('https://www.ebay.com/mesh/ord/details?mode=SH&orderid=12-15259-90368&source=Orders');
const read = (html: string, url = URL_US) => readEbayOrderDetail(parse(html), url);
const awaiting = AWAITING;
const order = (v: DetailValues) => ok(read(orderDetailHtml(v))).orders[0]!;

describe('eBay order page: every fixture reads as expected', () => {
  const details = EBAY_FIXTURES.filter((f) => f.page === 'order-detail' && !f.late);
  it.each(details)('$name', (f) => {
    if (f.expected.kind !== 'orders') throw new Error('an order fixture');
    const reading = ok(read(f.html(), new URL(f.url)));
    expect(reading).toMatchObject({ page: 'order-detail', focusOrderId: f.expected.orders[0]!.id });
    expectOrders(reading.orders, f.expected.orders);
    const doc = parse(f.html());
    expect(trackingShown(doc)).toBe(f.expected.orders[0]!.hasTracking);
    expect(lineItems(doc, 'USD')!.map((i) => i.itemId)).toEqual(f.expected.orders[0]!.items!.map((i) => i.itemId));
  });

  it('the unit price is the line item\'s "Sold for"', () => {
    expect(order(awaiting).items[0]).toMatchObject({ price: 89, currency: 'USD' });
  });
});

describe('eBay order page: the ship-to fingerprint', () => {
  it('is a short code, never the address', () => {
    const hash = order(awaiting).addressHash!;
    expect(hash).toMatch(/^[0-9a-z]{1,13}$/);
    expect(JSON.stringify(order(awaiting))).not.toContain('Sample St');
  });

  it('changes with the address, not with the order of its lines or a line shown twice', () => {
    const moved = orderDetailHtml(awaiting).replace(
      /(<div><span class="tooltip"><button type="button">Jane Doe<\/button><\/span><\/div>)(<div>.*?<\/div>)/,
      '$2$1$1',
    );
    expect(moved).not.toBe(orderDetailHtml(awaiting));
    expect(ok(read(moved)).orders[0]!.addressHash).toBe(order(awaiting).addressHash);
    const other = { ...awaiting, address: ['Jane Doe', '9 Other Rd', 'Springfield', 'IL', '62704', 'United States'] };
    expect(order(other as DetailValues).addressHash).not.toBe(order(awaiting).addressHash);
  });
});

describe('eBay order page: requests, cases and returns from its notices', () => {
  const shipped: DetailValues = { ...awaiting, tracking: '9400111899223344556677' };
  const notice = (text: string, v = shipped) =>
    orderDetailHtml(v).replace(
      '<div class="wrapper">',
      `<div class="page-notice page-notice--attention">${text}</div><div class="wrapper">`,
    );

  it('a return request is a request open with the seller', () => {
    const html = notice("The buyer requested a return: Doesn't fit");
    expect(ok(read(html)).orders[0]).toMatchObject({ returnRequested: true, requestOpen: true });
    expect(ok(read(html)).orders[0]!.disputeOpen).toBeUndefined();
  });

  it('a case outranks the request it grew from', () => {
    const order = ok(read(notice('The buyer opened a case: Item not received'))).orders[0]!;
    expect([order.disputeOpen, order.requestOpen]).toEqual([true, undefined]);
  });

  it('a notice that says the request is closed says nothing open', () => {
    const order = ok(read(notice('The return request for this order was closed.'))).orders[0]!;
    expect([order.requestOpen, order.returnRequested, order.disputeOpen]).toEqual([undefined, undefined, undefined]);
  });

  it('a notice hidden from the seller says nothing', () => {
    const html = orderDetailHtml({ ...shipped, notices: ['caseOpen', 'requestOpen'] }).replace(
      /class="page-notice page-notice--attention"/g,
      'class="page-notice page-notice--attention" hidden',
    );
    expect(ok(read(html)).orders[0]).not.toHaveProperty('disputeOpen', true);
    expect(ok(read(html)).orders[0]).not.toHaveProperty('requestOpen', true);
  });

  it('nothing is open on an order still awaiting payment', () => {
    const html = notice('The buyer opened a request: Item not received', {
      ...awaiting,
      paid: undefined,
      status: 'awaiting-payment',
    });
    expect(ok(read(html)).orders[0]).toMatchObject({ status: 'unpaid' });
    expect(ok(read(html)).orders[0]!.requestOpen).toBeUndefined();
  });
});

describe('eBay order page: paid, tracking and delivery, each cross-checked', () => {
  it('"Awaiting payment" beside a date paid is no status', () => {
    expect(order({ ...awaiting, status: 'awaiting-payment' }).status).toBe('unknown');
  });

  it('a tracking number on an order the page says is not shipped is not trusted', () => {
    const html = orderDetailHtml({ ...awaiting, tracking: '9400111899223344556677' }).replace(
      '>Shipped</div>',
      '>Ship by Nov 21</div>',
    );
    const read1 = ok(read(html)).orders[0]!;
    expect([read1.status, read1.hasTracking]).toEqual(['unshipped', undefined]);
  });

  it('a delivery date before the sale is dropped; the status stays', () => {
    const v: DetailValues = {
      ...awaiting,
      tracking: '9400111899223344556677',
      status: { deliveredOn: 'Nov 10, 2026' },
    };
    expect(order(v)).toMatchObject({ status: 'delivered' });
    expect(order(v).deliveredAt).toBeUndefined();
  });

  it('a year-less delivery date is placed after the sale (across the new year too)', () => {
    const v: DetailValues = {
      ...awaiting,
      sold: 'Dec 30, 2026',
      paid: 'Dec 30, 2026',
      tracking: '9400111899223344556677',
      status: { deliveredOn: 'Jan 4' },
    };
    expect(order(v).deliveredAt).toBe(Date.UTC(2027, 0, 4));
  });
});

describe('eBay order page: refusals', () => {
  it('a page about another order than its URL names', () => {
    expect(read(orderDetailHtml({ ...awaiting, id: '12-15259-90369' }))).toMatchObject({
      ok: false,
      code: 'order-mismatch',
    });
  });

  it('a page still filling itself in is not ready', () => {
    expect(read(ebayFixture('order-detail-late').html())).toMatchObject({ ok: false, code: 'page-not-ready' });
  });

  it('a line item whose quantity cannot be read refuses rather than guess 1', () => {
    const html = orderDetailHtml(awaiting).replace(
      '<span class="sh-bold">1</span>',
      '<span class="sh-bold">one</span>',
    );
    expect(read(html)).toMatchObject({ ok: false, code: 'rows-unreadable' });
  });

  it('what the buyer paid that disagrees with the items is no total', () => {
    const html = orderDetailHtml(awaiting).replace('<dd><span>$98.50</span></dd>', '<dd><span>$120.00</span></dd>');
    expect(ok(read(html)).orders[0]!.total).toBeUndefined();
  });

  it('the bot check is no order page', () => {
    const challenge = ebayFixture('order-list-challenge').html();
    expect(read(challenge)).toMatchObject({ ok: false, code: 'layout-unknown' });
  });
});
