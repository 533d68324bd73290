// The eBay fixtures themselves: each parses, is served at a URL its page detector accepts, and contains
// what its expected reading claims (ids, names, figures) at the DOM level; late pages carry their data
// only in what the script inserts. These check the fixtures; the readers have tests of their own.
import { describe, expect, it } from 'vitest';
import { EBAY_PAGE_URLS } from '../../../src/sites/ebay/page-urls';
import { EBAY_FIXTURES, type EbayFixture } from '../../fixtures/ebay';
import { fixtureLoader, laterText, servedText } from '../../helpers/platform-fixtures';

const load = fixtureLoader();

function pageText(f: EbayFixture, doc: Document): string {
  return f.late ? laterText(doc) : servedText(doc);
}

describe('eBay fixtures', () => {
  it('have unique names', () => {
    expect(new Set(EBAY_FIXTURES.map((f) => f.name)).size).toBe(EBAY_FIXTURES.length);
  });

  it.each(EBAY_FIXTURES)('$name is served at a URL its page detector accepts, in its language', (f) => {
    const type = EBAY_PAGE_URLS.find((p) => p.page === f.page);
    expect(type, f.page).toBeDefined();
    expect(type!.detect(new URL(f.url)), f.url).toBe(true);
    const { doc } = load(f);
    expect(doc.documentElement.getAttribute('lang')).toBe(f.lang);
    expect(f.basedOn.length).toBeGreaterThan(10);
  });

  it.each(EBAY_FIXTURES.filter((f) => f.late))('$name: the data arrives only with the script', (f) => {
    const { doc } = load(f);
    const e = f.expected;
    const marker = e.kind === 'orders' ? e.orders[0]!.id : e.kind === 'seller-level' ? e.metrics[1]!.shown : '';
    expect(marker).not.toBe('');
    expect(servedText(doc)).not.toContain(marker);
    expect(laterText(doc)).toContain(marker);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
  });

  it.each(EBAY_FIXTURES.filter((f) => !f.late))('$name runs no script of its own', (f) => {
    expect(load(f).doc.querySelectorAll('script')).toHaveLength(0);
  });

  it.each(EBAY_FIXTURES)(
    '$name contains what its expected reading claims',
    (f) => {
      const { doc } = load(f);
      const text = pageText(f, doc);
      const e = f.expected;
      switch (e.kind) {
        case 'orders':
          for (const o of e.orders) {
            expect(text, o.id).toContain(o.id);
            if (o.buyerName) expect(text).toContain(o.buyerName);
            if (o.buyerId) expect(text).toContain(o.buyerId);
            for (const item of o.items ?? []) expect(text).toContain(item.title);
          }
          if (f.page === 'order-list') {
            // Counted in the markup: happy-dom drops table rows inside <template>, browsers keep them.
            const rows = load(f).html.match(/<tr id="orderid_[^"]+__order-info"/g) ?? [];
            expect(rows).toHaveLength(e.orders.length);
            if (!f.late) expect(doc.querySelectorAll('tr.order-info')).toHaveLength(e.orders.length);
          }
          expect(doc.querySelector('img[onerror]')).toBeNull();
          break;
        case 'seller-level':
          for (const m of e.metrics) expect(text, m.metric).toContain(m.shown);
          if (e.defects) expect(text).toContain(`${e.defects.counted} of ${e.defects.total}`);
          break;
        case 'cancellation':
          for (const s of [e.orderId, e.buyerId, e.reason]) expect(text).toContain(s);
          if (e.refund !== undefined) expect(text).toContain(`$${e.refund.toFixed(2)}`);
          break;
        case 'cancel-requests':
          expect(doc.querySelectorAll('li.cancel-request')).toHaveLength(e.requests.length);
          for (const r of e.requests) for (const s of [r.cancelId, r.orderId, r.buyerId]) expect(text).toContain(s);
          break;
        case 'message-box':
          expect(doc.querySelectorAll(e.selector)).toHaveLength(1);
          break;
        case 'refuse':
          expect(text).not.toMatch(/\b\d{2}-\d{5}-\d{5}\b/);
          if (e.why === 'unknown-layout') expect(doc.querySelector('section.seller-level')).toBeNull();
          break;
      }
      // The 500-row page takes happy-dom seconds to build on a busy machine.
    },
    30_000,
  );
});
