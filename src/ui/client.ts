// The extension pages' one way to the background: `ask(request)` answers with the reply that
// request declares (messages/ui-replies.ts), or a refusal with a code. A background that does not
// answer, or answers something else, is a refusal too: no caller handles `unknown`.
import type { Refusal, UiReplyOf, UiRequest } from '../messages';
import { runtime } from '../shared/browser';

const looksLikeReply = (reply: unknown): boolean =>
  typeof reply === 'object' && reply !== null && typeof (reply as { ok?: unknown }).ok === 'boolean';

const noAnswer = (error: string): Refusal => ({ ok: false, code: 'no-answer', error });

export async function ask<R extends UiRequest>(request: R): Promise<UiReplyOf<R>> {
  try {
    const reply = await runtime.send(request);
    return looksLikeReply(reply) ? (reply as UiReplyOf<R>) : noAnswer('no-reply');
  } catch (error) {
    return noAnswer(error instanceof Error ? error.message : String(error));
  }
}
