// The advisor on what eBay's own pages say: each order is read off its fixture by the real reader,
// turned into the advisor's situation (core/advisor/situation.ts) and advised, so a fact the page
// shows (shipped, delivered, a request, return or case open, unpaid) reaches the advice unchanged.
import { describe, expect, it } from 'vitest';
import { advise, situationFor, type ActionKind, type SituationReason } from '../../../src/core/advisor';
import type { AskedVia } from '../../../src/core/rulebooks';
import { readEbayOrderDetail } from '../../../src/sites/ebay/read-order-detail';
import { readEbayOrderList } from '../../../src/sites/ebay/read-order-list';
import { ebayFixture } from '../../fixtures/ebay';
import { orderDetailHtml, type DetailValues } from '../../fixtures/ebay/order-detail-builder';
import { AWAITING } from '../../fixtures/ebay/order-detail-cases';
import { ok, parse } from '../../helpers/fixtures';

const CANCELLING: ActionKind[] = ['cancel', 'confirm-buyer-cancellation', 'ask-buyer-to-request-cancellation'];
/** Five days after the fixtures' delivery on Nov 20, 2026. */
const NOW = Date.UTC(2026, 10, 25, 12);

function adviceOn(html: string, url: string, reason: SituationReason, askedVia: AskedVia, id?: string) {
  const page = new URL(url);
  const read = page.pathname.includes('details') ? readEbayOrderDetail : readEbayOrderList;
  const orders = ok(read(parse(html), page)).orders;
  const order = id ? orders.find((o) => o.id === id)! : orders[0]!;
  const actions = advise(situationFor(order, { reason, askedVia }, { now: NOW }));
  return { order, kinds: actions.map((a) => a.kind), first: actions[0] };
}

const fromFixture = (name: string, reason: SituationReason, askedVia: AskedVia, id?: string) => {
  const f = ebayFixture(name);
  return adviceOn(f.html(), f.url, reason, askedVia, id);
};

describe('eBay: advice on what the order page shows', () => {
  it('a shipped order with an open cancellation request is never told to cancel', () => {
    const f = ebayFixture('order-detail-en');
    const v: DetailValues = { ...AWAITING, tracking: '9400111899223344556677', cancelRequestBy: 'Nov 21, 2026' };
    const { order, kinds } = adviceOn(orderDetailHtml(v), f.url, 'changed-mind', 'platform-request');
    expect(order).toMatchObject({ status: 'shipped', hasTracking: true, cancelRequest: { viaPlatform: true } });
    expect(kinds.filter((k) => CANCELLING.includes(k))).toEqual([]);
    expect(kinds.length).toBeGreaterThan(0);
  });

  it('a delivered order gets the return route, not a cancellation or an intercept', () => {
    const { order, kinds, first } = fromFixture('order-detail-delivered', 'changed-mind', 'message');
    expect(order.deliveredAt).toBe(Date.UTC(2026, 10, 20));
    expect(first?.kind).toBe('offer-return');
    expect(kinds).not.toContain('intercept-shipment');
    expect(kinds.filter((k) => CANCELLING.includes(k))).toEqual([]);
  });

  it('a not-received request open → answer it within eBay’s days with a refund or replacement', () => {
    const { first, kinds } = fromFixture('order-detail-shipped-request-open', 'not-received', 'platform-request');
    expect(first).toMatchObject({
      kind: 'refund',
      why: { code: 'advice.answer-request', params: { within: { params: { amount: 3 } } } },
    });
    expect(kinds).toContain('replacement');
    expect(kinds).toContain('provide-tracking');
  });

  it('a case open → resolve it first, then evidence and eBay; nothing cancels', () => {
    const { first, kinds } = fromFixture('order-detail-shipped-case-open', 'not-received', 'platform-request');
    expect(first?.kind).toBe('refund');
    expect(kinds).toEqual(expect.arrayContaining(['gather-evidence', 'escalate-to-platform']));
    expect(kinds.filter((k) => CANCELLING.includes(k))).toEqual([]);
  });

  it('a French page with a case open is advised the same way', () => {
    const { order, first } = fromFixture('order-detail-fr-case-open', 'not-received', 'platform-request');
    expect(order).toMatchObject({ marketplace: 'FR', disputeOpen: true });
    expect(first?.kind).toBe('refund');
  });

  it('a return open on a delivered German order → the request is answered, never cancelled', () => {
    const { order, kinds } = fromFixture('order-detail-de-delivered-return', 'not-as-described', 'platform-request');
    expect(order).toMatchObject({ status: 'delivered', requestOpen: true, returnRequested: true });
    expect(kinds.filter((k) => CANCELLING.includes(k))).toEqual([]);
    expect(kinds).not.toContain('intercept-shipment');
  });

  it('an unpaid order → remind, then the unpaid-item route; never a cancellation that counts', () => {
    const { order, first, kinds } = fromFixture('order-detail-unpaid', 'payment-problem', 'seller');
    expect(order.status).toBe('unpaid');
    expect(first?.kind).toBe('contact-buyer');
    expect(kinds).toContain('report-unpaid');
    expect(kinds).not.toContain('cancel');
  });

  it('an unshipped order on the page can still be cancelled with the buyer’s reason', () => {
    const { first } = fromFixture('order-detail-en', 'changed-mind', 'platform-request');
    expect(first).toMatchObject({ kind: 'confirm-buyer-cancellation', reasonCode: 'BuyerCancelOrder' });
  });
});

describe('eBay: advice on what the orders list shows', () => {
  it('a row delivered on a date → the return route', () => {
    const { order, first } = fromFixture('order-list-after-sale-en', 'changed-mind', 'message', '03-10001-20001');
    expect(order).toMatchObject({ status: 'delivered', deliveredAt: Date.UTC(2026, 10, 21) });
    expect(first?.kind).toBe('offer-return');
  });

  it('a row with a case open → resolve it, never cancel', () => {
    const { order, first, kinds } = fromFixture(
      'order-list-after-sale-de',
      'not-received',
      'platform-request',
      '03-10001-20003',
    );
    expect(order).toMatchObject({ status: 'shipped', disputeOpen: true });
    expect(first?.kind).toBe('refund');
    expect(kinds.filter((k) => CANCELLING.includes(k))).toEqual([]);
  });
});
