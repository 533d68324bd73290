// A list fed by its own JSON (issue #17): once the answer was seen, the guard reads only the rows
// and hands the answer to the background, which builds the orders; an answer the background finds
// is another page's is never offered again, and the page's cells are read instead.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReading } from '../../src/core/types';
import { startPageJsonLog } from '../../src/content/page-json-handoff';
import { PAGE_JSON_EVENT } from '../../src/page-world/channel';
import { collectPageJson } from '../../src/sites/page-json';
import type { PageType } from '../../src/sites/page-type';

const PATH = /^\/orders-api\/search$/;
const order = (items: number) => ({
  platform: 'amazon' as const,
  marketplace: 'US',
  id: '111-1000000-7654321',
  status: 'unshipped' as const,
  fulfilment: 'merchant' as const,
  items: Array.from({ length: items }, () => ({ title: 'Pot', quantity: 1 })),
});
const listReading = (items: number): PageReading => ({
  ok: true,
  platform: 'amazon',
  marketplace: 'US',
  page: 'order-list',
  url: location.href,
  orders: [order(items)],
  metrics: [],
});
const readWhole = vi.fn((_doc: Document, _url: URL, json?: unknown) => listReading(json ? 2 : 1));
const list: PageType = {
  platform: 'amazon',
  page: 'order-list',
  detect: () => true,
  marketplace: () => 'US',
  read: readWhole,
  fedBy: { path: PATH, readRows: () => listReading(0) },
};
const view = {
  level: 'ok',
  headline: { code: 'guard.headline', params: {} },
  details: [],
};

describe('a list fed by its own JSON', () => {
  const sent: { type: string; pageJson?: string; reading?: PageReading }[] = [];
  let replies: unknown[] = [];
  beforeEach(() => {
    sent.length = 0;
    readWhole.mockClear();
    vi.resetModules();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('seller-guard.page-json')];
    document.body.innerHTML = '';
    vi.stubGlobal('chrome', {
      runtime: {
        sendMessage: async (message: { type: string }) => {
          sent.push(message);
          if (message.type === 'cs/banner-text') return { ok: false };
          if (message.type === 'cs/page-reading') return replies.shift() ?? { ok: true, view };
          return { ok: true };
        },
      },
    });
    const stop = collectPageJson(window, startPageJsonLog());
    dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail: `${location.origin}/orders-api/search\n{"orders":[]}` }));
    stop();
  });
  afterEach(() => vi.unstubAllGlobals());

  const readings = () => sent.filter((m) => m.type === 'cs/page-reading');

  it('sends the rows with the answer, and reads nothing of the answer on the page', async () => {
    const { guardPage } = await import('../../src/content/guard-page');
    await guardPage(() => list);
    expect(readings()).toHaveLength(1);
    expect(readings()[0]!.pageJson).toBe('{"orders":[]}');
    expect((readings()[0]!.reading as { orders: { items: unknown[] }[] }).orders[0]!.items).toEqual([]);
    expect(readWhole).not.toHaveBeenCalled();
  });

  it('rows that could not be read are reported without the answer', async () => {
    const { guardPage } = await import('../../src/content/guard-page');
    const unreadable: PageReading = {
      ok: false,
      platform: 'amazon',
      marketplace: 'US',
      page: 'order-list',
      url: location.href,
      code: 'layout-unknown',
      reason: 'no table',
    };
    await guardPage(() => ({ ...list, fedBy: { path: PATH, readRows: () => unreadable } }));
    expect(readings()).toHaveLength(1);
    expect(readings()[0]!.pageJson).toBeUndefined();
    expect(readings()[0]!.reading!.ok).toBe(false);
  });

  it("another page's answer: the cells are read and sent alone, and that answer is not offered again", async () => {
    replies = [{ ok: false, readMarkup: true }];
    const { guardPage } = await import('../../src/content/guard-page');
    await guardPage(() => list);
    expect(readings()).toHaveLength(2);
    expect(readings()[1]!.pageJson).toBeUndefined();
    // Read whole, without the JSON: from the markup alone.
    expect(readWhole).toHaveBeenCalledTimes(1);
    expect(readWhole.mock.calls[0]![2]).toBeUndefined();
    document.body.append(document.createElement('p'));
    await guardPage(() => list);
    expect(
      readings()
        .slice(2)
        .every((m) => m.pageJson === undefined),
    ).toBe(true);
  });
});
