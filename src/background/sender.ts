// Who is talking (uBO's trust tiers, Bitwarden's sender pairs): our own extension pages may ask
// for stored data; content scripts on seller pages may only report what they read.
import type { MessageSender } from '../shared/browser';
import { isSellerOrigin } from '../sites/seller-origins';

export type Tier = 'extension-page' | 'content';

export interface SenderContext {
  extensionId: string;
  /** `chrome-extension://<id>/` (or `moz-extension://…/`). */
  extensionOrigin: string;
}

export function senderTier(sender: MessageSender, ctx: SenderContext): Tier | undefined {
  if (sender.id !== ctx.extensionId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(ctx.extensionOrigin)) return 'extension-page';
  // The origin, not the page: Chromium reports the URL a document loaded with, and a single-page
  // app moves on from there (pushState) without a new document. Readings are checked for their page.
  if (sender.tab?.id !== undefined && typeof sender.frameId === 'number' && isSellerOrigin(url)) return 'content';
  return undefined;
}
