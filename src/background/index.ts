// Service worker entry. The listener is registered synchronously at top level so a worker woken
// by a message finds it; no state lives only in memory (design.md §1).
import { i18n, runtime, scripting, tabs, type MessageSender } from '../shared/browser';
import { store } from '../store/db';
import { showBadge } from './badge';
import { onInstalled } from './first-run';
import { createRouter } from './router';
import { tabState } from './tab-state';

const route = createRouter(
  {
    db: store,
    now: Date.now,
    tabs: tabState,
    showBadge,
    openPopup: async (tabId) => {
      await tabs.open(runtime.url(`src/popup/index.html?tab=${tabId}`));
    },
    injectGuard: (tabId, documentId, file, frameId) => scripting.injectFile(tabId, documentId, file, frameId),
    sendToTab: (tabId, message, frameId) => tabs.send(tabId, message, frameId),
    uiLocale: () => i18n.locale(),
  },
  { extensionId: runtime.id(), extensionOrigin: runtime.url('') },
);

runtime.onMessage.addListener((message: unknown, sender: MessageSender) => route(message, sender));

runtime.onInstalled.addListener((details) => {
  void onInstalled(details, tabs.open, runtime.url);
});

tabs.onRemoved.addListener((tabId: number) => {
  void tabState.remove(tabId);
});
