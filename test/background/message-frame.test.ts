// eBay's message-buyer frame: the one frame a guard runs in. The background injects it there and
// nowhere else, keeps the page's own reading as the tab's, learns from the frame that its box is
// there, and sends Insert to that frame (the page itself when the frame is gone).
import { describe, expect, it } from 'vitest';
import type { Deps } from '../../src/background/handlers';
import { createRouter } from '../../src/background/router';
import type { TabState } from '../../src/background/tab-state';
import type { PageReading } from '../../src/core/types';
import { openStore } from '../../src/store/db';

const NOW = Date.UTC(2026, 10, 21, 12);
const CTX = { extensionId: 'sellerguardid', extensionOrigin: 'chrome-extension://sellerguardid/' };
const ORDER_PAGE = 'https://www.ebay.com/mesh/ord/details?mode=SH&orderid=12-15259-90368&source=Orders';
const FRAME = 'https://www.ebay.com/cnt/ViewMessage/getConversation?orderId=12-15259-90368&otherUserName=janedoe_42';
const tab = { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false };
const top = { id: CTX.extensionId, url: ORDER_PAGE, tab, frameId: 0, documentId: 'TOP' };
const frame = { id: CTX.extensionId, url: FRAME, tab, frameId: 4, documentId: 'FRAME' };
const popup = { id: CTX.extensionId, url: 'chrome-extension://sellerguardid/src/popup/index.html?tab=7' };

function deps(answers: Record<number, unknown> = {}) {
  const tabs = new Map<number, TabState>();
  const injected: unknown[][] = [];
  const sent: (number | undefined)[] = [];
  const d: Deps = {
    db: () => openStore(),
    now: () => NOW,
    tabs: { get: async (id) => tabs.get(id), set: async (id, s) => void tabs.set(id, s) },
    showBadge: async () => undefined,
    openPopup: async () => undefined,
    injectGuard: async (...args) => void injected.push(args),
    sendToTab: async (_tab, _message, frameId) => {
      sent.push(frameId);
      if (frameId === undefined || !(frameId in answers)) throw new Error('Could not establish connection');
      return answers[frameId];
    },
  };
  return { route: createRouter(d, CTX), tabs, injected, sent };
}

const orderReading = (orderId = '12-15259-90368'): PageReading => ({
  ok: true,
  platform: 'ebay',
  marketplace: 'US',
  page: 'order-detail',
  url: ORDER_PAGE.replace('12-15259-90368', orderId),
  focusOrderId: orderId,
  hasMessageBox: false,
  orders: [
    {
      platform: 'ebay',
      marketplace: 'US',
      id: orderId,
      orderedAt: NOW - 86_400_000,
      items: [{ title: 'Vintage brass desk lamp', quantity: 1 }],
      status: 'unshipped',
      fulfilment: 'merchant',
    },
  ],
  metrics: [],
});
const frameReading: PageReading = {
  ok: true,
  platform: 'ebay',
  marketplace: 'US',
  page: 'messages',
  url: FRAME,
  focusOrderId: '12-15259-90368',
  hasMessageBox: true,
  orders: [],
  metrics: [],
};

describe("eBay's message frame", () => {
  it('gets the guard injected into that very frame; no other frame does', async () => {
    const { route, injected } = deps();
    expect(await route({ type: 'cs/start-guard' }, frame)).toEqual({ ok: true });
    expect(injected).toEqual([[7, 'FRAME', 'src/content/guard-ebay.js', 4]]);
    const other = { ...frame, url: 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS' };
    expect(await route({ type: 'cs/start-guard' }, other)).toMatchObject({ ok: false });
    expect(injected).toHaveLength(1);
  });

  it("tells the tab its box is there and where, and the page's own reading stays the tab's", async () => {
    const { route, tabs } = deps();
    await route({ type: 'cs/page-reading', reading: orderReading() }, top);
    expect(await route({ type: 'cs/page-reading', reading: frameReading }, frame)).toEqual({ ok: true, frame: true });
    expect(tabs.get(7)).toMatchObject({
      page: 'order-detail',
      focusOrderId: '12-15259-90368',
      hasMessageBox: true,
      messageFrame: { frameId: 4, orderId: '12-15259-90368' },
    });
    // The page read again keeps its frame; another order's page does not.
    await route({ type: 'cs/page-reading', reading: orderReading() }, top);
    expect(tabs.get(7)).toMatchObject({ hasMessageBox: true, messageFrame: { frameId: 4 } });
    await route({ type: 'cs/page-reading', reading: orderReading('11-15260-92166') }, top);
    expect(tabs.get(7)!.messageFrame).toBeUndefined();
    expect(tabs.get(7)!.hasMessageBox).toBeUndefined();
  });

  it('a frame is heard only about its own box: no order page from a frame, no frame reading from another frame', async () => {
    const { route, tabs } = deps();
    expect(await route({ type: 'cs/page-reading', reading: orderReading() }, { ...top, frameId: 4 })).toMatchObject({
      ok: false,
    });
    const elsewhere = { ...frame, url: 'https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS' };
    expect(await route({ type: 'cs/page-reading', reading: frameReading }, elsewhere)).toMatchObject({ ok: false });
    expect(tabs.get(7)).toBeUndefined();
  });

  it('Insert goes to the frame with the box', async () => {
    const { route, sent } = deps({ 4: { ok: true, inserted: true }, 0: { ok: true, inserted: false } });
    await route({ type: 'cs/page-reading', reading: orderReading() }, top);
    await route({ type: 'cs/page-reading', reading: frameReading }, frame);
    expect(await route({ type: 'ui/insert-draft', tabId: 7, text: 'Hello Jane' }, popup)).toEqual({
      ok: true,
      inserted: true,
    });
    expect(sent).toEqual([4]);
  });

  it('a frame gone meanwhile leaves the page itself to answer; a page without a frame is asked alone', async () => {
    const { route, sent } = deps({ 0: { ok: true, inserted: false } });
    await route({ type: 'cs/page-reading', reading: orderReading() }, top);
    await route({ type: 'cs/page-reading', reading: frameReading }, frame);
    expect(await route({ type: 'ui/insert-draft', tabId: 7, text: 'Hello' }, popup)).toEqual({
      ok: true,
      inserted: false,
    });
    expect(sent).toEqual([4, 0]);
  });
});
