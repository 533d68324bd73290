// The content script's answers reach the sender on every Chromium the manifest allows (120+):
// before 144, Chromium ignores a Promise returned by an onMessage listener and closes the channel
// unless the listener returned true and calls sendResponse.
import { afterEach, describe, expect, it } from 'vitest';
import { draftInserter } from '../../src/content/run-guard';
import { answerWith, contentRuntime, type NativeRuntime } from '../../src/shared/content-runtime';
import type { PageType } from '../../src/sites/page-type';

type Listener = Parameters<NativeRuntime['onMessage']['addListener']>[0];

/** runtime.onMessage as Chromium 120–143 runs it: only `return true` keeps the reply channel open. */
function chromiumBefore144() {
  const listeners: Listener[] = [];
  const runtime: NativeRuntime = {
    sendMessage: async () => undefined,
    onMessage: { addListener: (listener) => void listeners.push(listener) },
  };
  const deliver = (message: unknown): Promise<unknown> =>
    new Promise((resolve) => {
      let open = false;
      for (const listener of listeners) {
        // A returned Promise is neither awaited nor a reason to wait: only `true` is.
        if ((listener as (...a: unknown[]) => unknown)(message, { id: 'ext' }, resolve) === true) open = true;
      }
      // The port closes when the dispatch ends without anyone keeping it open.
      if (!open) queueMicrotask(() => resolve(undefined));
    });
  return { runtime, listeners, deliver };
}

const g = globalThis as { chrome?: unknown; browser?: unknown };
afterEach(() => {
  delete g.chrome;
});

describe('content runtime answers with sendResponse', () => {
  it('the fake behaves like Chromium < 144: a listener that returns a Promise answers nothing', async () => {
    const fake = chromiumBefore144();
    fake.runtime.onMessage.addListener((() => Promise.resolve({ ok: true })) as unknown as Listener);
    expect(await fake.deliver({ type: 'any' })).toBeUndefined();
  });

  it('delivers an answer computed later (a Promise) and one computed at once', async () => {
    const fake = chromiumBefore144();
    g.chrome = { runtime: fake.runtime };
    contentRuntime.onMessage((message) =>
      (message as { later?: boolean }).later ? Promise.resolve({ ok: true, later: true }) : { ok: true, later: false },
    );
    expect(await fake.deliver({ later: true })).toEqual({ ok: true, later: true });
    expect(await fake.deliver({ later: false })).toEqual({ ok: true, later: false });
  });

  it('leaves messages that are not its own to other listeners (no answer, channel not held)', async () => {
    const send: unknown[] = [];
    const listener = answerWith(() => undefined);
    expect(listener({ type: 'other' }, {}, (r) => send.push(r))).toBe(false);
    expect(send).toEqual([]);
  });

  it('answers a failure in words instead of leaving the sender waiting', async () => {
    const fake = chromiumBefore144();
    g.chrome = { runtime: fake.runtime };
    contentRuntime.onMessage((m) => ((m as { sync?: boolean }).sync ? boom() : Promise.reject(new Error('late'))));
    expect(await fake.deliver({})).toEqual({ ok: false, error: 'late' });
    expect(await fake.deliver({ sync: true })).toEqual({ ok: false, error: 'at once' });
  });
});

function boom(): never {
  throw new Error('at once');
}

describe("the guard's Insert answer on Chromium < 144", () => {
  const contact: PageType = {
    platform: 'amazon',
    page: 'messages',
    detect: () => true,
    marketplace: () => 'US',
    read: () => {
      throw new Error('not read here');
    },
    messageBox: '#message',
  };

  it('fills the message box and tells the popup it did', async () => {
    document.body.innerHTML = '<textarea id="message"></textarea>';
    const fake = chromiumBefore144();
    g.chrome = { runtime: fake.runtime };
    contentRuntime.onMessage(draftInserter(document, () => contact));
    expect(await fake.deliver({ type: 'bg/insert-draft', text: 'Hello, your order…' })).toEqual({
      ok: true,
      inserted: true,
    });
    expect(document.querySelector('textarea')!.value).toBe('Hello, your order…');
  });

  it('says so when the page has no message box, and ignores anything but a valid insert', async () => {
    document.body.innerHTML = '<p>No box here</p>';
    const fake = chromiumBefore144();
    g.chrome = { runtime: fake.runtime };
    contentRuntime.onMessage(draftInserter(document, () => contact));
    expect(await fake.deliver({ type: 'bg/insert-draft', text: 'Hello' })).toEqual({ ok: true, inserted: false });
    expect(await fake.deliver({ type: 'bg/insert-draft', text: 'x', extra: 1 })).toBeUndefined();
    expect(await fake.deliver({ type: 'bg/something-else' })).toBeUndefined();
  });
});
