// The one module that touches the browser extension API (design.md §1). Everything else imports
// from here, so Firefox differences and test fakes live in one place.
import browser, { type Runtime } from 'webextension-polyfill';
import { browserLocale, type LocaleClues } from '../i18n/browser-locale';
import type { Locale } from '../i18n/locales';

export type MessageSender = Runtime.MessageSender;

export const runtime = {
  id: (): string => browser.runtime.id,
  url: (path = ''): string => browser.runtime.getURL(path),
  send: <T = unknown>(message: unknown): Promise<T> => browser.runtime.sendMessage<unknown, T>(message),
  onMessage: browser.runtime.onMessage,
  onInstalled: browser.runtime.onInstalled,
  openOptions: (): Promise<void> => browser.runtime.openOptionsPage(),
};

export const tabs = {
  activeId: async (): Promise<number | undefined> =>
    (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
  /** To every frame of the tab that listens, or to one frame only. */
  send: <T = unknown>(tabId: number, message: unknown, frameId?: number): Promise<T> =>
    frameId === undefined
      ? browser.tabs.sendMessage<unknown, T>(tabId, message)
      : browser.tabs.sendMessage<unknown, T>(tabId, message, { frameId }),
  open: (url: string): Promise<unknown> => browser.tabs.create({ url }),
  onRemoved: browser.tabs.onRemoved,
};

/** A browser that names documents in MessageSender but does not take them as an injection target. */
const documentIdsRefused = (error: unknown): boolean =>
  /documentIds/.test(error instanceof Error ? error.message : String(error));

export const scripting = {
  /**
   * Runs one of our own files in a document (Chromium 106+, Firefox once it names documents), else in
   * the frame that asked (the top frame, or eBay's message frame): Firefox before its `documentId`
   * sends none. A browser that names documents yet refuses `documentIds` as a target gets the frame too.
   */
  injectFile: async (tabId: number, documentId: string | undefined, file: string, frameId = 0): Promise<void> => {
    const asker = { target: { tabId, frameIds: [frameId] }, files: [file] };
    if (!documentId) {
      await browser.scripting.executeScript(asker);
      return;
    }
    try {
      await browser.scripting.executeScript({ target: { tabId, documentIds: [documentId] }, files: [file] });
    } catch (error) {
      if (!documentIdsRefused(error)) throw error;
      await browser.scripting.executeScript(asker);
    }
  },
};

/**
 * Site access: Firefox lets the user withhold host permissions that Chromium grants at install (and
 * Chromium's "on click" site access does the same). The origins are the manifest's own.
 */
export const permissions = {
  contains: (origins: string[]): Promise<boolean> => browser.permissions.contains({ origins }),
  /** Every seller origin the manifest asks for. */
  sellerOrigins: (): string[] => browser.runtime.getManifest().host_permissions ?? [],
  /** Must be called straight from the seller's click (no await before it): browsers ask only then. */
  request: (origins: string[]): Promise<boolean> => browser.permissions.request({ origins }),
};

/** Per-tab state survives the service worker being stopped, and goes with the browser session. */
export const sessionStore = {
  get: async <T>(key: string): Promise<T | undefined> => (await browser.storage.session.get(key))[key] as T | undefined,
  set: (key: string, value: unknown): Promise<void> => browser.storage.session.set({ [key]: value }),
  remove: (key: string): Promise<void> => browser.storage.session.remove(key),
};

export const badge = {
  set: async (tabId: number, text: string, color: string): Promise<void> => {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color });
  },
};

export const i18n = {
  t: (key: string, substitutions?: string | string[]): string => browser.i18n.getMessage(key, substitutions) || key,
  /** What else tells the browser's language when the message bundle is missing (i18n/browser-locale.ts). */
  localeClues: (): LocaleClues => ({
    // Chromium writes the locale it localized the manifest in; other browsers leave it out.
    manifestLocale: (browser.runtime.getManifest() as { current_locale?: string }).current_locale,
    uiLanguage: browser.i18n.getUILanguage(),
  }),
  /** Which of our locales the browser picked for our own pages, the badge and the banner's default. */
  locale: (): Locale => browserLocale(i18n.t('uiLocale'), () => i18n.localeClues()),
};
