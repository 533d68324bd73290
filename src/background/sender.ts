// Who is talking (uBO's trust tiers, Bitwarden's sender pairs): our own extension pages may ask
// for stored data; content scripts on seller pages may only report what they read.
import type { MessageSender } from '../shared/browser';
import { PAGE_TYPES } from '../sites/registry';

export type Tier = 'extension-page' | 'content';

export interface SenderContext {
  extensionId: string;
  /** `chrome-extension://<id>/` (or `moz-extension://…/`). */
  extensionOrigin: string;
}

/** A content script counts only on a page one of our detectors accepts. */
function isSellerPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return PAGE_TYPES.some((t) => t.detect(parsed));
  } catch {
    return false;
  }
}

export function senderTier(sender: MessageSender, ctx: SenderContext): Tier | undefined {
  if (sender.id !== ctx.extensionId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(ctx.extensionOrigin)) return 'extension-page';
  if (sender.tab?.id !== undefined && typeof sender.frameId === 'number' && isSellerPage(url)) return 'content';
  return undefined;
}
