// What each tab's content script last read and what the guard answered. Kept in session
// storage: the service worker may be stopped at any moment, the tab's state must not go with it.
import type { TabState } from '../messages/records';
import { sessionStore } from '../shared/browser';

export type { TabState } from '../messages/records';

const key = (tabId: number) => `tab:${tabId}`;

export const tabState = {
  get: (tabId: number) => sessionStore.get<TabState>(key(tabId)),
  set: (tabId: number, state: TabState) => sessionStore.set(key(tabId), state),
  remove: (tabId: number) => sessionStore.remove(key(tabId)),
};
