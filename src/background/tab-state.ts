// What each tab's content script last read and what the guard answered. Kept in session
// storage: the service worker may be stopped at any moment, the tab's state must not go with it.
import type { GuardSummary } from '../core/guard-view';
import type { PageKind, Platform } from '../core/types';
import { sessionStore } from '../shared/browser';

export interface TabState {
  platform: Platform;
  marketplace: string;
  page: PageKind;
  url: string;
  read: 'ok' | 'failed';
  focusOrderId?: string;
  hasMessageBox?: boolean;
  /** A frame of the page holding the message box (eBay's message-buyer frame): where Insert goes. */
  messageFrame?: { frameId: number; orderId?: string };
  orderIds: string[];
  summary?: GuardSummary;
  at: number;
}

const key = (tabId: number) => `tab:${tabId}`;

export const tabState = {
  get: (tabId: number) => sessionStore.get<TabState>(key(tabId)),
  set: (tabId: number, state: TabState) => sessionStore.set(key(tabId), state),
  remove: (tabId: number) => sessionStore.remove(key(tabId)),
};
