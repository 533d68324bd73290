// What the background does for content scripts on seller pages, and what it refuses them.
import { describe, expect, it, vi } from 'vitest';
import type { PageReading } from '../../src/core/types';
import { createRouter } from '../../src/background/router';
import { openStore } from '../../src/store/db';
import { getOrder } from '../../src/store/order-days';
import { storeSummary } from '../../src/store/queries';
import { CTX, NOW, PAGE, contentSender, deps, reading } from './router-fixture';

describe('content scripts', () => {
  it('a content script reading is stored and answered with the figures for that page only', async () => {
    const { d, tabs, badges } = deps();
    const reply = await createRouter(d, CTX)({ type: 'cs/page-reading', reading }, contentSender);
    expect(reply).toMatchObject({ ok: true, view: { level: 'near', ratePercent: 1.92, projectedRatePercent: 2.56 } });
    expect(Object.keys((reply as { view: object }).view).sort()).toEqual([
      'cancelReason',
      'details',
      'headline',
      'level',
      'projectedRatePercent',
      'ratePercent',
      'thresholdPercent',
    ]);
    expect(tabs.get(7)).toMatchObject({ read: 'ok', focusOrderId: '114-3941689-8772232', page: 'order-detail' });
    expect(badges).toHaveLength(1);
    expect(await storeSummary(await openStore())).toMatchObject({ orders: 1, snapshots: 1 });
  });

  it('the starter gets the guard of its own site, injected into its own document, top frame only', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { d, injected } = deps();
    const route = createRouter(d, CTX);
    expect(await route({ type: 'cs/start-guard' }, { ...contentSender, documentId: 'DOC-1' })).toEqual({ ok: true });
    expect(injected).toEqual([[7, 'DOC-1', 'src/content/guard-amazon.js']]);
    // A frame inside the page is not guarded; a message with more in it is not a start.
    expect(
      await route({ type: 'cs/start-guard' }, { ...contentSender, frameId: 3, documentId: 'DOC-2' }),
    ).toMatchObject({ ok: false, error: 'not a top-level document' });
    expect(
      await route({ type: 'cs/start-guard', file: 'evil.js' }, { ...contentSender, documentId: 'DOC-3' }),
    ).toMatchObject({ ok: false });
    // Nobody but a content script on a seller site may start it.
    expect(
      await route({ type: 'cs/start-guard' }, { ...contentSender, url: 'https://example.com/', documentId: 'DOC-4' }),
    ).toMatchObject({ ok: false, error: 'unknown sender' });
    expect(injected).toHaveLength(1);
    // A seller page no reader supports gets the guard too: the single-page app may move on to one that is.
    const dashboard = { ...contentSender, url: 'https://www.etsy.com/your/shops/me/dashboard', documentId: 'DOC-5' };
    expect(await route({ type: 'cs/start-guard' }, dashboard)).toEqual({ ok: true });
    expect(injected).toEqual([
      [7, 'DOC-1', 'src/content/guard-amazon.js'],
      [7, 'DOC-5', 'src/content/guard-etsy.js'],
    ]);
    expect(
      await route(
        { type: 'cs/start-guard' },
        { ...contentSender, url: 'https://gsp.aliexpress.com/m_apps/order-manage/orderList', documentId: 'DOC-6' },
      ),
    ).toEqual({ ok: true });
    expect(injected[2]).toEqual([7, 'DOC-6', 'src/content/guard-aliexpress.js']);
    // A reading is believed only for a page a reader supports, whatever the sender's URL.
    expect(
      await route({ type: 'cs/page-reading', reading: { ...reading, url: dashboard.url } }, dashboard),
    ).toMatchObject({ ok: false, error: 'reading of a page no reader supports' });
    expect(
      await route(
        { type: 'cs/page-reading', reading },
        { ...contentSender, url: 'https://sellercentral.amazon.com/performance/account/health/product-policies' },
      ),
    ).toMatchObject({ ok: true });
    warn.mockRestore();
  });

  it('an injection the browser refuses is answered as a refusal, with its reason', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { d } = deps();
    d.injectGuard = async () => {
      throw new Error('Cannot access contents of the page');
    };
    expect(await createRouter(d, CTX)({ type: 'cs/start-guard' }, contentSender)).toEqual({
      ok: false,
      code: 'not-injected',
      error: 'the guard could not be injected: Cannot access contents of the page',
    });
    warn.mockRestore();
  });

  it('a buyer who asked to cancel two other orders is named on the next one', async () => {
    const { d } = deps();
    const route = createRouter(d, CTX);
    const mallory = (id: string, request: boolean) => ({
      platform: 'amazon' as const,
      marketplace: 'US',
      id,
      orderedAt: NOW - 86_400_000,
      buyerName: 'Mallory',
      items: [{ title: 'Mug', quantity: 1 }],
      status: 'unshipped' as const,
      fulfilment: 'merchant' as const,
      ...(request ? { cancelRequest: { viaPlatform: true } } : {}),
    });
    const list = {
      ...reading,
      page: 'order-list' as const,
      url: 'https://sellercentral.amazon.com/orders-v3',
      focusOrderId: undefined,
      orders: [mallory('111-0000001-0000001', true), mallory('111-0000002-0000002', true)],
      metrics: [],
    };
    await route({ type: 'cs/page-reading', reading: list }, { ...contentSender, url: list.url });
    const third = {
      ...reading,
      focusOrderId: '111-0000003-0000003',
      url: 'https://sellercentral.amazon.com/orders-v3/order/111-0000003-0000003',
      orders: [mallory('111-0000003-0000003', false)],
    };
    const reply = (await route({ type: 'cs/page-reading', reading: third }, { ...contentSender, url: third.url })) as {
      view: { details: unknown[] };
    };
    expect(reply.view.details[0]).toEqual({ code: 'guard.repeat-buyer', params: { count: 2 } });
  });

  it('a failed reading is recorded as failed and stores nothing', async () => {
    const { d, tabs } = deps();
    const failed: PageReading = {
      ok: false,
      platform: 'amazon',
      marketplace: 'US',
      page: 'order-detail',
      url: PAGE,
      code: 'id-invalid',
      reason: 'order id not found',
    };
    expect(await createRouter(d, CTX)({ type: 'cs/page-reading', reading: failed }, contentSender)).toMatchObject({
      ok: true,
      view: { level: 'unknown' },
    });
    expect(tabs.get(7)?.read).toBe('failed');
    expect(await storeSummary(await openStore())).toEqual({ orders: 0, snapshots: 0, events: 0 });
  });

  it('content scripts cannot ask what only extension pages may (clear, read all)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const route = createRouter(deps().d, CTX);
    for (const type of ['ui/clear-all', 'ui/store-summary'])
      expect(await route({ type }, contentSender)).toMatchObject({
        ok: false,
        error: expect.stringContaining('malformed'),
      });
    expect(await route({ type: 'ui/tab-state', tabId: 3 }, contentSender)).toMatchObject({ ok: false });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it.each([
    ['no type', {}],
    ['unknown type', { type: 'cs/delete-everything' }],
    ['extra field', { type: 'cs/page-reading', reading, extra: 1 }],
    ['wrong shape', { type: 'cs/page-reading', reading: { ...reading, orders: 'lots' } }],
    [
      'rate over 100',
      { type: 'cs/page-reading', reading: { ...reading, metrics: [{ ...reading.metrics[0]!, ratePercent: 140 }] } },
    ],
    ['a string', 'hello'],
  ])('rejects a malformed content message (%s), acting on nothing', async (_, message) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { d, tabs } = deps();
    expect(await createRouter(d, CTX)(message, contentSender)).toMatchObject({ ok: false });
    expect(tabs.size).toBe(0);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('[seller-guard] rejected message'));
    warn.mockRestore();
  });

  it('rejects a reading that claims another site than the sender page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const other = { ...reading, url: 'https://sellercentral.amazon.de/orders-v3/order/114-3941689-8772232' };
    expect(await createRouter(deps().d, CTX)({ type: 'cs/page-reading', reading: other }, contentSender)).toMatchObject(
      { ok: false, error: 'reading for another site' },
    );
  });

  it("the banner button opens the popup for the sender's own tab only", async () => {
    const { d, opened } = deps();
    expect(await createRouter(d, CTX)({ type: 'cs/open-popup' }, contentSender)).toEqual({ ok: true });
    expect(await createRouter(d, CTX)({ type: 'cs/open-popup', tabId: 99 }, contentSender)).toMatchObject({
      ok: false,
    });
    expect(opened).toEqual([7]);
  });

  it('the reason picked on a page of an order is kept on that order; for any other order it is refused', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { d } = deps();
    const route = createRouter(d, CTX);
    await route({ type: 'cs/page-reading', reading }, contentSender);
    expect(
      await route(
        { type: 'cs/cancel-reason', orderId: '114-3941689-8772232', reason: 'NoInventory No inventory' },
        contentSender,
      ),
    ).toEqual({ ok: true });
    expect((await getOrder(await openStore(), 'amazon:114-3941689-8772232'))!.cancelReasonPicked).toEqual({
      reason: 'NoInventory No inventory',
      at: NOW,
    });
    expect(
      await route({ type: 'cs/cancel-reason', orderId: '111-0000000-0000000', reason: 'BuyerCanceled' }, contentSender),
    ).toMatchObject({ ok: false });
    expect(
      await route({ type: 'cs/cancel-reason', orderId: '114-3941689-8772232', reason: 'x'.repeat(500) }, contentSender),
    ).toMatchObject({ ok: false });
    // Another tab, with no page read: refused.
    expect(
      await route(
        { type: 'cs/cancel-reason', orderId: '114-3941689-8772232', reason: 'NoInventory' },
        { ...contentSender, tab: { ...contentSender.tab, id: 8 } },
      ),
    ).toMatchObject({ ok: false });
  });

  it('rejects unknown senders', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await createRouter(deps().d, CTX)(
        { type: 'ui/clear-all' },
        { id: 'someone-else', url: 'chrome-extension://someone-else/x' },
      ),
    ).toEqual({ ok: false, code: 'unknown-sender', error: 'unknown sender' });
  });

  it('a storage failure reaches the sender as an error', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { d } = deps();
    d.db = () => Promise.reject(new Error('database is broken'));
    expect(await createRouter(d, CTX)({ type: 'cs/page-reading', reading }, contentSender)).toMatchObject({
      ok: false,
      storage: true,
      error: expect.stringContaining('database is broken'),
    });
  });
});
