// The extension pages' client: the background's reply as its request declares it, or a refusal
// with a code; never an exception and never `unknown`.
import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { ask } from '../../src/ui/client';

/** The background's answer to the next request. */
const background = (reply: () => Promise<unknown>) =>
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockReturnValueOnce(reply() as never);

describe('ask', () => {
  it("sends the request and answers with the background's reply", async () => {
    const send = background(async () => ({ ok: true, counts: { orders: 2, snapshots: 1, events: 3 } }));
    const reply = await ask({ type: 'ui/store-summary' });
    expect(send).toHaveBeenCalledWith({ type: 'ui/store-summary' });
    expect(reply).toEqual({ ok: true, counts: { orders: 2, snapshots: 1, events: 3 } });
    // The reply's type follows from the request: `counts` is there without a cast.
    if (reply.ok) expect(reply.counts.orders).toBe(2);
  });

  it("passes the background's refusal through, code and detail", async () => {
    background(async () => ({ ok: false, code: 'no-order', error: 'No order on this tab.' }));
    expect(await ask({ type: 'ui/advise', tabId: 1, situation: 'changed-mind', askedVia: 'message' })).toEqual({
      ok: false,
      code: 'no-order',
      error: 'No order on this tab.',
    });
  });

  it.each([
    ['no answer', async () => undefined, 'no-reply'],
    ['an answer that is no reply', async () => 'hello', 'no-reply'],
    [
      'a send that fails',
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      'Could not establish connection. Receiving end does not exist.',
    ],
  ])('turns %s into a refusal', async (_, reply, error) => {
    background(reply);
    expect(await ask({ type: 'ui/clear-all' })).toEqual({ ok: false, code: 'no-answer', error });
  });
});
