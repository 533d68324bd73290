// The message router: identify the sender's tier, parse the message against that tier's schemas,
// then act. Anything else is logged and answered with a refusal; nothing is acted on.
import * as v from 'valibot';
import { ContentToBackground, UiToBackground, type ContentToBackgroundMessage } from '../messages';
import type { ContentReplies, Refusal, RefusalCode } from '../messages';
import type { MessageSender } from '../shared/browser';
import { GUARD_SCRIPTS, guardFor, LAYOUT_REPORT_SCRIPT } from '../shared/guard-script';
import type { PageReading } from '../core/types';
import { completeWithPageJson } from '../sites/page-json-feeds';
import { pageTypeFor } from '../sites/registry';
import { sellerSiteOf } from '../sites/seller-origins';
import { isStorageFull, orderKey, storageFailure } from '../store/db';
import { notePickedReason } from '../store/order-days';
import { onBannerText, onFrameReading, onPageReading, type Deps } from './handlers';
import { senderTier, type SenderContext } from './sender';
import { onTickedOrders } from './ticked-orders';
import { trustReading } from './trust-reading';
import { onUiMessage } from './ui-handlers';

function refuse(code: RefusalCode, error: string, message: unknown): Refusal {
  const type =
    typeof message === 'object' && message && 'type' in message ? String(message.type).slice(0, 40) : typeof message;
  console.warn(`[seller-guard] rejected message (${type}): ${error}`);
  return { ok: false, code, error };
}

/** A frame a guard may run in: one whose page type says it lives in frames (eBay's message frame). */
function isGuardedFrame(url: string | undefined): boolean {
  try {
    return pageTypeFor(new URL(url ?? ''))?.inFrames === true;
  } catch {
    return false;
  }
}

type ContentMessage<T extends ContentToBackgroundMessage['type']> = Extract<ContentToBackgroundMessage, { type: T }>;
type ContentAnswer<T extends ContentToBackgroundMessage['type']> = Promise<ContentReplies[T] | Refusal>;

/**
 * Injects the guard (or, asked by the guard, the layout report) into the document that asked. Only a
 * top-level document gets it, and only that very document: a tab that navigated meanwhile holds
 * another document with its own starter.
 */
async function startGuard(
  deps: Deps,
  sender: MessageSender,
  message: unknown,
  report = false,
): ContentAnswer<'cs/start-guard'> {
  const frameId = sender.frameId ?? 0;
  if (frameId !== 0 && !isGuardedFrame(sender.url)) return refuse('not-injected', 'not a top-level document', message);
  const site = sellerSiteOf(sender.url ?? '');
  if (!site) return refuse('unknown-sender', 'not a seller site', message);
  const file = report ? LAYOUT_REPORT_SCRIPT.file : GUARD_SCRIPTS[guardFor(site, sender.url ?? '')].file;
  try {
    await deps.injectGuard(sender.tab!.id!, sender.documentId, file, frameId);
    return { ok: true };
  } catch (error) {
    return refuse('not-injected', `the guard could not be injected: ${(error as Error).message}`, message);
  }
}

/** Only a tab showing that very order (its cancel page, or the detail page's cancel dialog) may say which reason was picked. */
async function cancelReason(deps: Deps, tabId: number, message: ContentMessage<'cs/cancel-reason'>) {
  const state = await deps.tabs.get(tabId);
  if (!state || (state.page !== 'cancel' && state.page !== 'order-detail') || state.focusOrderId !== message.orderId)
    return refuse('no-order', 'no page of that order in this tab', message);
  const db = await deps.db();
  return { ok: await notePickedReason(db, orderKey(state.platform, message.orderId), message.reason, deps.now()) };
}

async function pageReading(deps: Deps, sender: MessageSender, message: ContentMessage<'cs/page-reading'>) {
  let reading: PageReading = message.reading;
  // A list fed by its own JSON: the page read its rows, the orders are built here, off its thread.
  if (message.pageJson !== undefined && reading.ok) {
    const completed = completeWithPageJson(reading, message.pageJson);
    if (!completed) return { ok: false as const, readMarkup: true as const };
    reading = completed;
  }
  const trusted = trustReading(reading, sender.url!, deps.now());
  if (!trusted.ok) return refuse('untrusted-reading', trusted.error, message);
  if (trusted.dropped.length)
    console.warn(`[seller-guard] orders listed twice with different facts, left out: ${trusted.dropped.join(', ')}`);
  // A frame speaks only of its own box, and only a frame whose page lives in frames.
  if ((sender.frameId ?? 0) !== 0) {
    if (!isGuardedFrame(trusted.reading.url) || !isGuardedFrame(sender.url))
      return refuse('untrusted-reading', 'a reading from a frame', message);
    await onFrameReading(deps, sender.tab!.id!, sender.frameId!, trusted.reading);
    return { ok: true as const, frame: true as const };
  }
  try {
    return { ok: true as const, view: await onPageReading(deps, sender.tab!.id!, trusted.reading) };
  } catch (error) {
    // The page was read; keeping it failed. The banner shows this message to the seller.
    const full = isStorageFull(error);
    return {
      ...refuse(full ? 'storage-full' : 'storage', (error as Error).message, message),
      storage: true as const,
      full,
    };
  }
}

export function createRouter(deps: Deps, ctx: SenderContext) {
  return async function route(message: unknown, sender: MessageSender): Promise<unknown> {
    const tier = senderTier(sender, ctx);
    if (!tier) return refuse('unknown-sender', 'unknown sender', message);
    if (tier === 'content') {
      const parsed = v.safeParse(ContentToBackground, message);
      if (!parsed.success) return refuse('malformed', `malformed: ${parsed.issues[0].message}`, message);
      const request = parsed.output;
      switch (request.type) {
        case 'cs/open-popup':
          await deps.openPopup(sender.tab!.id!);
          return { ok: true };
        case 'cs/start-guard':
          return startGuard(deps, sender, message);
        case 'cs/layout-report':
          return startGuard(deps, sender, message, true);
        case 'cs/ticked-orders':
          return onTickedOrders(deps, sender.tab!.id!, request.orderIds);
        case 'cs/banner-text':
          // The words of the banner on this site only: a page asks for its own platform's.
          if (sellerSiteOf(sender.url ?? '') !== request.platform)
            return refuse('unknown-sender', 'text for another site', message);
          return onBannerText(deps, request.platform, request.marketplace, sender.url ?? '');
        case 'cs/cancel-reason':
          return cancelReason(deps, sender.tab!.id!, request);
        case 'cs/page-reading':
          return pageReading(deps, sender, request);
      }
    }
    const parsed = v.safeParse(UiToBackground, message);
    if (!parsed.success) return refuse('malformed', `malformed: ${parsed.issues[0].message}`, message);
    try {
      return await onUiMessage(deps, parsed.output);
    } catch (error) {
      // A full disk is said in words the seller can act on, in the popup and options alike.
      if ((error as Error).name === 'QuotaExceededError')
        return refuse('storage-full', storageFailure("Couldn't save", error).message, message);
      return refuse((error as Error).name === 'StorageError' ? 'storage' : 'failed', (error as Error).message, message);
    }
  };
}
