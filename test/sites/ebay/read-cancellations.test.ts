import { describe, expect, it } from 'vitest';
import { readEbayCancelDetails, readEbayCancellations } from '../../../src/sites/ebay/read-cancellations';
import { ebayFixture } from '../../fixtures/ebay';
import { cancelDetailsHtml, cancellationsHtml, type CancelDetails } from '../../fixtures/ebay/cancellation-pages';
import { ok, parse } from '../../helpers/fixtures';

const NOW = Date.UTC(2026, 10, 19, 12);
const DETAILS = new URL('https://www.ebay.com/Cancel/Details?cancelId=5456020649');
const LIST = new URL('https://www.ebay.com/sh/ord/cancellations');
const details = (html: string, url = DETAILS) => readEbayCancelDetails(parse(html), url, NOW);
const list = (html: string) => readEbayCancellations(parse(html), LIST, NOW);

const closed: CancelDetails = {
  cancelId: '5456020649',
  orderId: '11-15260-92166',
  itemId: '287632479257',
  buyerId: 'fixture-buyer',
  reason: 'Wrong payment information',
  refund: '$13.65',
  feeCredit: '-$2.25',
  owed: '$11.40',
};

describe('eBay Cancel Details', () => {
  it('closed with a refund: the order cancelled, the buyer’s own reason on record (no defect)', () => {
    const reading = ok(details(ebayFixture('cancel-details-closed').html()));
    expect(reading).toMatchObject({ page: 'cancel', focusOrderId: '11-15260-92166' });
    expect(reading.orders).toEqual([
      {
        platform: 'ebay',
        marketplace: 'US',
        id: '11-15260-92166',
        buyerId: 'fixture-buyer',
        items: [],
        status: 'cancelled',
        fulfilment: 'merchant',
        cancelRequest: { viaPlatform: true, reason: 'Wrong payment information' },
        refund: 'full',
      },
    ]);
  });

  it('closed for the seller’s stock: no buyer request, so the cancellation counts', () => {
    const [order] = ok(details(cancelDetailsHtml({ ...closed, reason: 'Out of stock or cannot fulfill' }))).orders;
    expect(order).toMatchObject({ status: 'cancelled', refund: 'full' });
    expect(order!.cancelRequest).toBeUndefined();
  });

  it('waiting for the seller: the buyer’s request, the order’s state left to the pages that show it', () => {
    const f = ebayFixture('cancel-details-awaiting-seller');
    const [order] = ok(details(f.html(), new URL(f.url))).orders;
    expect(order).toMatchObject({
      id: '19-10442-73015',
      buyerId: 'meichen_88',
      status: 'unknown',
      cancelRequest: { viaPlatform: true, reason: 'Buyer asked to cancel' },
    });
    expect(order!.refund).toBeUndefined();
  });

  it('each label and value written twice (screen-reader copy and visible copy) is read once', () => {
    expect(cancelDetailsHtml(closed).match(/fixture-buyer/g)).toHaveLength(2);
    expect(ok(details(cancelDetailsHtml(closed))).orders[0]!.buyerId).toBe('fixture-buyer');
  });

  it('refuses a page about another item than its URL names', () => {
    const url = new URL('https://www.ebay.com/Cancel/Details?itemId=287632479999&transId=10084216687526');
    expect(details(cancelDetailsHtml(closed), url)).toMatchObject({ ok: false, code: 'order-mismatch' });
  });

  it('refuses a headline that disagrees with the figures under it', () => {
    const html = cancelDetailsHtml(closed).replace('This order is canceled', 'The buyer wants to cancel this order');
    expect(details(html)).toMatchObject({ ok: false, code: 'status-unknown' });
  });

  it('a page without its headline yet is not ready', () => {
    const html = cancelDetailsHtml(closed).replace(/<h1[^>]*>.*?<\/h1>/, '');
    expect(details(html)).toMatchObject({ ok: false, code: 'page-not-ready' });
  });
});

describe("Seller Hub's cancellation requests", () => {
  const row = {
    cancelId: '5456020701',
    orderId: '19-10442-73015',
    buyerId: 'meichen_88',
    reason: 'Buyer asked to cancel',
  };

  it('each request: the order, the buyer and the reason, as a request through eBay', () => {
    expect(ok(list(ebayFixture('cancellations-list').html())).orders).toEqual([
      {
        platform: 'ebay',
        marketplace: 'US',
        id: '19-10442-73015',
        buyerId: 'meichen_88',
        items: [],
        status: 'unknown',
        fulfilment: 'merchant',
        cancelRequest: { viaPlatform: true, reason: 'Buyer asked to cancel' },
      },
    ]);
  });

  it('an empty list is no requests', () => {
    expect(ok(list(ebayFixture('cancellations-empty').html())).orders).toEqual([]);
  });

  it('a row without its deadline or order number refuses the list', () => {
    expect(list(cancellationsHtml([{ ...row, respondBy: 'soon' }]))).toMatchObject({
      ok: false,
      code: 'rows-unreadable',
    });
    expect(list(cancellationsHtml([{ ...row, orderId: '19-1044', respondBy: 'Nov 21' }]))).toMatchObject({ ok: false });
  });

  it('"Buyer asked to cancel" is a reason, never the Buyer label', () => {
    const [order] = ok(list(cancellationsHtml([{ ...row, respondBy: 'Nov 21' }]))).orders;
    expect(order).toMatchObject({ buyerId: 'meichen_88', cancelRequest: { reason: 'Buyer asked to cancel' } });
  });
});
