// The starter (src/content/index.iife.ts): the only script on a seller page before its load event.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageJsonFromStarter, startPageJsonLog } from '../../src/content/page-json-handoff';
import { STALLED_ANSWER_MS, STALLED_LOAD_MS } from '../../src/content/start-after-load';
import { PAGE_JSON_EVENT, PAGE_JSON_PENDING_EVENT } from '../../src/page-world/channel';

const HANDOFF = Symbol.for('seller-guard.page-json');
const searchAnswer = (body: string) =>
  new CustomEvent(PAGE_JSON_EVENT, { detail: `${location.origin}/orders-api/search\n${body}` });

describe('page JSON handoff between the starter and the guard', () => {
  it('the guard reads what the starter collected, through the shared global', () => {
    const world = {};
    const log = startPageJsonLog(world);
    expect(startPageJsonLog(world)).toBe(log);
    log.add('https://sellercentral.amazon.com/orders-api/search\n{"orders":[]}', 'https://sellercentral.amazon.com');
    expect(pageJsonFromStarter(world).latest(/^\/orders-api\/search$/)).toEqual({ orders: [] });
  });

  it('with no starter (or something else under its key) the guard sees no JSON and falls back to the markup', () => {
    expect(pageJsonFromStarter({}).latest(/./)).toBeUndefined();
    expect(pageJsonFromStarter({ [HANDOFF]: 'not a log' }).latest(/./)).toBeUndefined();
  });
});

describe('the starter', () => {
  const sent: unknown[] = [];
  let readyState: DocumentReadyState = 'loading';

  beforeEach(() => {
    sent.length = 0;
    delete (globalThis as Record<symbol, unknown>)[HANDOFF];
    vi.resetModules();
    vi.stubGlobal('chrome', {
      runtime: {
        sendMessage: async (message: unknown) => {
          sent.push(message);
          return { ok: true };
        },
      },
    });
    // happy-dom has no idle callbacks; an idle moment is the next task here.
    Object.assign(window, { requestIdleCallback: (callback: () => void) => setTimeout(callback, 0) });
    readyState = 'loading';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const idle = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('collects the page JSON from the first moment, and asks for the guard only after the load event, once', async () => {
    await import('../../src/content/index.iife');
    window.dispatchEvent(searchAnswer('{"total":2}'));
    await idle();
    expect(sent).toEqual([]);
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    window.dispatchEvent(new Event('load'));
    await idle();
    expect(sent).toEqual([{ type: 'cs/start-guard' }]);
    expect(pageJsonFromStarter().latest(/^\/orders-api\/search$/)).toEqual({ total: 2 });
  });

  it('a page whose load event never comes is guarded anyway, a while after its DOM is ready', async () => {
    vi.useFakeTimers();
    try {
      await import('../../src/content/index.iife');
      document.dispatchEvent(new Event('DOMContentLoaded'));
      window.dispatchEvent(new Event('DOMContentLoaded'));
      await vi.advanceTimersByTimeAsync(STALLED_LOAD_MS - 10);
      expect(sent).toEqual([]);
      await vi.advanceTimersByTimeAsync(20);
      expect(sent).toEqual([{ type: 'cs/start-guard' }]);
      // The load event, when it finally comes, does not ask twice.
      window.dispatchEvent(new Event('load'));
      await vi.advanceTimersByTimeAsync(STALLED_LOAD_MS);
      expect(sent).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  const inFlight = (detail: unknown) => window.dispatchEvent(new CustomEvent(PAGE_JSON_PENDING_EVENT, { detail }));

  it("waits for the page's own answer in flight at load, so the page draws its rows before the guard comes", async () => {
    await import('../../src/content/index.iife');
    inFlight('1');
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    await idle();
    expect(sent).toEqual([]);
    inFlight('2');
    inFlight('1');
    await idle();
    expect(sent).toEqual([]);
    inFlight('0');
    await idle();
    expect(sent).toEqual([{ type: 'cs/start-guard' }]);
    inFlight('0');
    await idle();
    expect(sent).toHaveLength(1);
  });

  it('an answer that never comes, or a page that says one is always pending, delays the guard a while only', async () => {
    vi.useFakeTimers();
    try {
      await import('../../src/content/index.iife');
      inFlight('1');
      readyState = 'complete';
      window.dispatchEvent(new Event('load'));
      await vi.advanceTimersByTimeAsync(STALLED_ANSWER_MS - 10);
      expect(sent).toEqual([]);
      await vi.advanceTimersByTimeAsync(20);
      expect(sent).toEqual([{ type: 'cs/start-guard' }]);
      inFlight('0');
      await vi.advanceTimersByTimeAsync(STALLED_ANSWER_MS);
      expect(sent).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a count that is no count is no request in flight', async () => {
    await import('../../src/content/index.iife');
    inFlight('1');
    inFlight('many');
    inFlight('1');
    inFlight('-1');
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    await idle();
    expect(sent).toEqual([{ type: 'cs/start-guard' }]);
  });

  it('injected into a page already loaded, it asks at once', async () => {
    readyState = 'complete';
    await import('../../src/content/index.iife');
    await idle();
    expect(sent).toEqual([{ type: 'cs/start-guard' }]);
  });

  it('a background that cannot start the guard is said in the console, not thrown into the page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.stubGlobal('chrome', {
      runtime: {
        sendMessage: async () => {
          throw new Error('Extension context invalidated.');
        },
      },
    });
    readyState = 'complete';
    await import('../../src/content/index.iife');
    await idle();
    expect(warn).toHaveBeenCalledWith('[seller-guard] the guard could not start:', expect.any(Error));
  });
});
