// The content script's only door to the extension: send a message, hear one. It uses the
// browser's own promise-based API (`browser` in Firefox and current Chromium, `chrome` in any MV3
// Chromium) instead of webextension-polyfill: the content script ships on every seller page under a
// 20 KB budget, and the polyfill's ~3 KB gzipped is dead code wherever a native `browser` exists.
// Everything else goes through ./browser.ts.

type SendResponse = (response: unknown) => void;

/** What the content script answers a message with, or undefined when the message is not for it. */
export type ContentListener = (message: unknown) => unknown;

export interface NativeRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  getManifest?(): { version: string };
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: SendResponse) => boolean): void;
  };
}

function nativeRuntime(): NativeRuntime {
  const g = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) throw new Error('extension runtime not available');
  return runtime;
}

/**
 * Answers through `sendResponse`, returning true to keep the channel open while the answer is
 * computed. A listener's returned Promise is honoured by Chromium only from version 144, and the
 * manifest allows 120: there, the sender would hear `undefined` ("No message box on this page").
 */
export function answerWith(listener: ContentListener) {
  return (message: unknown, _sender: unknown, sendResponse: SendResponse): boolean => {
    let answer: unknown;
    try {
      answer = listener(message);
    } catch (error) {
      sendResponse({ ok: false, error: (error as Error).message });
      return false;
    }
    if (answer === undefined) return false;
    Promise.resolve(answer).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}

export const contentRuntime = {
  send: (message: unknown): Promise<unknown> => nativeRuntime().sendMessage(message),
  onMessage: (listener: ContentListener): void => nativeRuntime().onMessage.addListener(answerWith(listener)),
  version: (): string => nativeRuntime().getManifest?.().version ?? '',
};

interface NativeStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function nativeLocalStorage(): NativeStorageArea | undefined {
  const g = globalThis as {
    browser?: { storage?: { local?: NativeStorageArea } };
    chrome?: { storage?: { local?: NativeStorageArea } };
  };
  return g.browser?.storage?.local ?? g.chrome?.storage?.local;
}

/**
 * The extension's local storage, for what the content script keeps of its own (the banner's corner
 * and size on each site): the page cannot read it, as it could the site's localStorage.
 */
export const contentStorage = {
  get: async (key: string): Promise<unknown> => (await nativeLocalStorage()?.get(key))?.[key],
  set: async (key: string, value: unknown): Promise<void> => nativeLocalStorage()?.set({ [key]: value }),
};
