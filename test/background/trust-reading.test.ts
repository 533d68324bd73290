// The background believes a reading only for the page it came from, with orders of that
// marketplace, order numbers in the platform's format and dates that can be true; an order listed
// twice is merged, and one listed twice with different facts is left out.
import { describe, expect, it, vi } from 'vitest';
import type { PageReading, PageReadingOk } from '../../src/core/types';
import { mergeRepeatedOrders } from '../../src/background/repeated-orders';
import { createRouter } from '../../src/background/router';
import { trustReading } from '../../src/background/trust-reading';
import type { Deps } from '../../src/background/handlers';
import { openStore } from '../../src/store/db';
import { storeSummary } from '../../src/store/queries';
import { DAY, NOW, order, reading as listOf } from '../store/fixtures';

const A = '111-0000001-0000001';
const B = '111-0000002-0000002';
/** Amazon's US order list with two orders, unless said otherwise. */
const reading = (over: Partial<PageReadingOk> = {}): PageReadingOk => listOf([order(A), order(B)], over);
const LIST = reading().url;
const metric = { platform: 'amazon', marketplace: 'US', metric: 'cancellation-rate', ratePercent: 1.92 } as const;
const refusal = (r: PageReading, sender = LIST) => {
  const trust = trustReading(r, sender, NOW);
  return trust.ok ? 'accepted' : trust.error;
};

describe('a reading is believed only for the page that sent it', () => {
  it('accepts a reading whose address, platform, marketplace and page agree', () => {
    expect(refusal(reading())).toBe('accepted');
    // A single-page app: the document loaded at another page of the same site, then moved on.
    expect(refusal(reading(), 'https://sellercentral.amazon.com/home')).toBe('accepted');
  });

  it.each<[string, Partial<PageReadingOk>, string, RegExp]>([
    ['another site', {}, 'https://sellercentral.amazon.de/orders-v3', /another site/],
    ['another marketplace than its address', { marketplace: 'DE' }, LIST, /amazon\/DE\/order-list at .* amazon\/US/],
    ['another page than its address', { page: 'order-detail' }, LIST, /amazon\/US\/order-detail at/],
    ['another platform than its address', { platform: 'etsy', marketplace: 'GLOBAL' }, LIST, /etsy\/GLOBAL/],
    ['no page a reader supports', { url: 'https://sellercentral.amazon.com/home' }, LIST, /no reader supports/],
    ['an address that is none', { url: 'not a url' }, LIST, /valid address/],
  ])('refuses a reading of %s', (_, over, sender, why) => {
    expect(refusal(reading(over), sender)).toMatch(why);
  });

  it('holds failed readings to the same page check, and believes the rest of them', () => {
    const { platform, marketplace, page, url } = reading();
    const failed: PageReading = { ok: false, platform, marketplace, page, url, code: 'rows-unreadable', reason: 'x' };
    expect(refusal(failed)).toBe('accepted');
    expect(refusal({ ...failed, page: 'account-health' })).toMatch(/at an address of/);
  });
});

describe('orders and figures must be plausible', () => {
  it.each<[string, Partial<PageReadingOk>, RegExp]>([
    ['an order of another marketplace', { orders: [order(A, { marketplace: 'DE' })] }, /is of amazon\/DE/],
    ['an order number not in the platform format', { orders: [order('3456789012')] }, /not in amazon's format/],
    ['a focus order number not in the format', { focusOrderId: '12' }, /not in amazon's format/],
    ['an order placed before 2000', { orders: [order(A, { orderedAt: Date.UTC(1999, 0, 1) })] }, /before 2000/],
    ['an order placed two days ahead', { orders: [order(A, { orderedAt: NOW + 2 * DAY })] }, /day ahead/],
    ['a ship-by date two years ahead', { orders: [order(A, { shipBy: NOW + 730 * DAY })] }, /years ahead/],
    ['a figure read in the future', { metrics: [{ ...metric, readAt: NOW + 5 * 60_000 }] }, /figure read at/],
    ['a figure from last year', { metrics: [{ ...metric, readAt: NOW - 400 * DAY }] }, /figure read at/],
    ['a figure of another marketplace', { metrics: [{ ...metric, marketplace: 'UK', readAt: NOW }] }, /amazon\/UK/],
    ['more counted than total', { metrics: [{ ...metric, counted: 9, total: 3, readAt: NOW }] }, /9 of 3/],
  ])('refuses %s', (_, over, why) => {
    expect(refusal(reading(over))).toMatch(why);
  });

  it('accepts an order dated later today in another time zone, and a figure read just now', () => {
    expect(
      refusal(
        reading({ orders: [order(A, { orderedAt: NOW + 12 * 3_600_000 })], metrics: [{ ...metric, readAt: NOW }] }),
      ),
    ).toBe('accepted');
  });
});

describe('an order listed twice', () => {
  it('is one order, each listing filling in what the other lacks', () => {
    const { orders, dropped } = mergeRepeatedOrders([
      order(A, { buyerName: 'Ann', status: 'unknown', items: [] }),
      order(B),
      order(A, { shipBy: NOW + DAY, fulfilment: 'merchant' }),
    ]);
    expect(dropped).toEqual([]);
    expect(orders).toEqual([order(A, { buyerName: 'Ann', shipBy: NOW + DAY, status: 'unshipped' }), order(B)]);
  });

  it('with different facts is left out, and the rest of the page is kept', () => {
    const { orders, dropped } = mergeRepeatedOrders([order(A), order(B), order(A, { status: 'cancelled' }), order(A)]);
    expect(dropped).toEqual([A]);
    expect(orders.map((o) => o.id)).toEqual([B]);
  });
});

describe('the router', () => {
  const deps = (): Deps => ({
    db: () => openStore(),
    now: () => NOW,
    tabs: { get: async () => undefined, set: async () => undefined },
    showBadge: async () => undefined,
    openPopup: async () => undefined,
    injectGuard: async () => undefined,
    sendToTab: async () => undefined,
  });
  const sender = {
    id: 'sg',
    url: LIST,
    tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
    frameId: 0,
  };
  const route = createRouter(deps(), { extensionId: 'sg', extensionOrigin: 'chrome-extension://sg/' });

  it('refuses an implausible reading with a code, logs it and stores nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const bad = reading({ orders: [order(A, { orderedAt: NOW + 3 * DAY })] });
    expect(await route({ type: 'cs/page-reading', reading: bad }, sender)).toMatchObject({
      ok: false,
      code: 'untrusted-reading',
    });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('placed before 2000 or more than a day ahead'));
    expect(await storeSummary(await openStore())).toEqual({ orders: 0, snapshots: 0, events: 0 });
    warn.mockRestore();
  });

  it('keeps a page that lists one order twice: merged, stored once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const twice = reading({
      orders: [order(A), order(B), order(A, { buyerName: 'Ann' }), order(B, { status: 'shipped' })],
    });
    expect(await route({ type: 'cs/page-reading', reading: twice }, sender)).toMatchObject({ ok: true });
    expect(await storeSummary(await openStore())).toMatchObject({ orders: 1 });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`left out: ${B}`));
    warn.mockRestore();
  });
});
