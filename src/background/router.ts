// The message router: identify the sender's tier, parse the message against that tier's schemas,
// then act. Anything else is logged and answered with a refusal; nothing is acted on.
import * as v from 'valibot';
import { ContentToBackground, UiToBackground } from '../messages';
import type { MessageSender } from '../shared/browser';
import { onBannerText, onFrameReading, onPageReading, type Deps } from './handlers';
import { onUiMessage } from './ui-handlers';
import { isStorageFull, orderKey, storageFailure } from '../store/db';
import { notePickedReason } from '../store/drafts';
import { senderTier, type SenderContext } from './sender';
import { pageTypeFor } from '../sites/registry';
import { sellerSiteOf } from '../sites/seller-origins';
import { GUARD_SCRIPTS, guardFor } from '../shared/guard-script';

export interface Refusal {
  ok: false;
  error: string;
}

function refuse(error: string, message: unknown): Refusal {
  const type =
    typeof message === 'object' && message && 'type' in message
      ? String((message as { type: unknown }).type).slice(0, 40)
      : typeof message;
  console.warn(`[seller-guard] rejected message (${type}): ${error}`);
  return { ok: false, error };
}

/** A frame a guard may run in: one whose page type says it lives in frames (eBay's message frame). */
function isGuardedFrame(url: string | undefined): boolean {
  try {
    return pageTypeFor(new URL(url ?? ''))?.inFrames === true;
  } catch {
    return false;
  }
}

/**
 * Injects the guard into the document whose starter asked. Only a top-level document gets it, or a
 * frame whose page lives in frames, and only that very document: a tab that navigated meanwhile
 * holds another document with its own starter.
 */
async function startGuard(deps: Deps, sender: MessageSender, message: unknown): Promise<{ ok: true } | Refusal> {
  const frameId = sender.frameId ?? 0;
  if (frameId !== 0 && !isGuardedFrame(sender.url)) return refuse('not a top-level document', message);
  const site = sellerSiteOf(sender.url ?? '');
  if (!site) return refuse('not a seller site', message);
  try {
    const file = GUARD_SCRIPTS[guardFor(site, sender.url ?? '')].file;
    await deps.injectGuard(sender.tab!.id!, sender.documentId, file, frameId);
    return { ok: true };
  } catch (error) {
    return refuse(`the guard could not be injected: ${(error as Error).message}`, message);
  }
}

export function createRouter(deps: Deps, ctx: SenderContext) {
  return async function route(message: unknown, sender: MessageSender): Promise<unknown> {
    const tier = senderTier(sender, ctx);
    if (!tier) return refuse('unknown sender', message);
    if (tier === 'content') {
      const parsed = v.safeParse(ContentToBackground, message);
      if (!parsed.success) return refuse(`malformed: ${parsed.issues[0].message}`, message);
      const tabId = sender.tab!.id!;
      if (parsed.output.type === 'cs/open-popup') {
        await deps.openPopup(tabId);
        return { ok: true };
      }
      if (parsed.output.type === 'cs/start-guard') return startGuard(deps, sender, message);
      if (parsed.output.type === 'cs/banner-text') {
        if (sellerSiteOf(sender.url ?? '') !== parsed.output.platform) return refuse('text for another site', message);
        return onBannerText(deps, parsed.output.platform, parsed.output.marketplace);
      }
      if (parsed.output.type === 'cs/cancel-reason') {
        // Only a tab showing that very order (its cancel page, or the detail page's cancel dialog) may say which reason was picked.
        const state = await deps.tabs.get(tabId);
        if (
          !state ||
          (state.page !== 'cancel' && state.page !== 'order-detail') ||
          state.focusOrderId !== parsed.output.orderId
        )
          return refuse('no page of that order in this tab', message);
        const db = await deps.db();
        return {
          ok: await notePickedReason(
            db,
            orderKey(state.platform, parsed.output.orderId),
            parsed.output.reason,
            deps.now(),
          ),
        };
      }
      const { reading } = parsed.output;
      // A content script speaks only for the page it runs in.
      if (new URL(reading.url).origin !== new URL(sender.url!).origin)
        return refuse('reading for another site', message);
      if (!pageTypeFor(new URL(reading.url))) return refuse('reading of a page no reader supports', message);
      // A frame speaks only of its own box, and only a frame whose page lives in frames.
      if ((sender.frameId ?? 0) !== 0) {
        if (!isGuardedFrame(reading.url) || !isGuardedFrame(sender.url))
          return refuse('a reading from a frame', message);
        await onFrameReading(deps, tabId, sender.frameId!, reading);
        return { ok: true };
      }
      try {
        return { ok: true, view: await onPageReading(deps, tabId, reading) };
      } catch (error) {
        // The page was read; keeping it failed. The banner shows this message to the seller.
        return { ...refuse((error as Error).message, message), storage: true, full: isStorageFull(error) };
      }
    }
    const parsed = v.safeParse(UiToBackground, message);
    if (!parsed.success) return refuse(`malformed: ${parsed.issues[0].message}`, message);
    try {
      return await onUiMessage(deps, parsed.output);
    } catch (error) {
      // A full disk is said in words the seller can act on, in the popup and options alike.
      return refuse(
        (error as Error).name === 'QuotaExceededError'
          ? storageFailure("Couldn't save", error).message
          : (error as Error).message,
        message,
      );
    }
  };
}
