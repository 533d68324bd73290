// What the router tests share: a sender of each tier, the background's dependencies recorded in
// memory over a fresh IndexedDB, and one order-detail reading.
import type { Deps } from '../../src/background/handlers';
import type { TabState } from '../../src/background/tab-state';
import type { GuardSummary } from '../../src/core/guard-view';
import type { PageReadingOk } from '../../src/core/types';
import { openStore } from '../../src/store/db';

export const NOW = Date.UTC(2026, 10, 21, 12);
export const CTX = { extensionId: 'sellerguardid', extensionOrigin: 'chrome-extension://sellerguardid/' };
export const PAGE = 'https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232';
export const contentSender = {
  id: CTX.extensionId,
  url: PAGE,
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  frameId: 0,
};
export const popupSender = { id: CTX.extensionId, url: 'chrome-extension://sellerguardid/src/popup/index.html?tab=7' };

export function deps() {
  const tabs = new Map<number, TabState>();
  const badges: [number, GuardSummary | undefined][] = [];
  const opened: number[] = [];
  const injected: [number, string | undefined, string][] = [];
  const d: Deps = {
    db: () => openStore(),
    now: () => NOW,
    tabs: {
      get: async (id) => tabs.get(id),
      set: async (id, s) => {
        tabs.set(id, s);
      },
    },
    showBadge: async (id, s) => {
      badges.push([id, s]);
    },
    openPopup: async (id) => {
      opened.push(id);
    },
    injectGuard: async (id, documentId, file) => {
      injected.push([id, documentId, file]);
    },
    sendToTab: async () => ({ ok: true, inserted: true }),
  };
  return { d, tabs, badges, opened, injected };
}

export const reading: PageReadingOk = {
  ok: true,
  platform: 'amazon',
  marketplace: 'US',
  page: 'order-detail',
  url: PAGE,
  focusOrderId: '114-3941689-8772232',
  orders: [
    {
      platform: 'amazon',
      marketplace: 'US',
      id: '114-3941689-8772232',
      orderedAt: NOW - 86_400_000,
      items: [{ title: 'Calendar', quantity: 1 }],
      status: 'unshipped',
      fulfilment: 'merchant',
    },
  ],
  metrics: [
    {
      platform: 'amazon',
      marketplace: 'US',
      metric: 'cancellation-rate',
      ratePercent: 1.92,
      counted: 3,
      total: 156,
      readAt: NOW - 1000,
    },
  ],
};
