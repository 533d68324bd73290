// The content script's only door to the extension: send a message, hear one. It uses the
// browser's own promise-based API (`browser` in Firefox and current Chromium, `chrome` in any MV3
// Chromium) instead of webextension-polyfill: the content script ships on every seller page under a
// 20 KB budget, and the polyfill's ~3 KB gzipped is dead code wherever a native `browser` exists.
// Everything else goes through ./browser.ts.

interface NativeRuntime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: (message: unknown) => Promise<unknown> | undefined): void };
}

function nativeRuntime(): NativeRuntime {
  const g = globalThis as { browser?: { runtime?: NativeRuntime }; chrome?: { runtime?: NativeRuntime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) throw new Error('extension runtime not available');
  return runtime;
}

export const contentRuntime = {
  send: (message: unknown): Promise<unknown> => nativeRuntime().sendMessage(message),
  onMessage: (listener: (message: unknown) => Promise<unknown> | undefined): void =>
    nativeRuntime().onMessage.addListener(listener),
};
