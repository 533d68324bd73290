// What the background does for each accepted message.
import type { GuardSummary } from '../core/guard-view';
import { MAX_DETAILS } from '../core/guard-view';
import { said } from '../core/said';
import { rulebookFor } from '../core/rulebooks';
import type { PageReading, PageReadingFailed, PageReadingOk, Platform } from '../core/types';
import type { BannerText, GuardView } from '../messages';
import type { GuardDatabase } from '../store/db';
import { orderKey } from '../store/db';
import { getOrder } from '../store/order-days';
import { recordReading } from '../store/record-reading';
import { buyerKey, repeatBuyers } from '../core/insight';
import { applyRetention, insightEvents } from '../store/history';
import type { OrderRecord } from '../messages/records';
import { loadSettings } from '../store/settings';
import { originLanguage } from '../sites/seller-origins';
import { bannerLocale, bannerText } from './banner-text';
import { autoCancellingOnPage, MAX_MARKED } from './auto-cancel-on-page';
import { declineByTrackingOnPage } from './decline-by-tracking-on-page';
import { duplicatesOnPage } from './duplicates-on-page';
import { summaryFor } from './guard-service';
import type { TabState } from './tab-state';

export interface Deps {
  db: () => Promise<GuardDatabase>;
  now: () => number;
  tabs: { get(tabId: number): Promise<TabState | undefined>; set(tabId: number, s: TabState): Promise<void> };
  showBadge: (tabId: number, summary: GuardSummary | undefined) => Promise<void>;
  /** Opens the popup for a tab in a tab of its own (the banner's button). */
  openPopup: (tabId: number) => Promise<void>;
  /** Injects a guard file (src/content/guards/) into a tab's document (the frame that asked, without an id). */
  injectGuard: (tabId: number, documentId: string | undefined, file: string, frameId: number) => Promise<void>;
  /** Sends a message to the content script of a tab: its every frame, or one. */
  sendToTab: (tabId: number, message: unknown, frameId?: number) => Promise<unknown>;
  /** The locale the browser picked for our own pages (shared/browser.ts i18n.locale); English when absent. */
  uiLocale?: () => string;
}

/** A page no reader understood: no figures, and why, in words the catalogue has for the reader's code. */
function failedView(reading: PageReadingFailed): GuardView {
  return {
    level: 'unknown',
    headline: said('banner.failed'),
    details: [said(`read-failure.${reading.code ?? 'layout-unknown'}`)],
  };
}

/** A buyer with other orders cancelled, refunded or disputed is named on their next one (kept locally). */
async function repeatBuyerNote(db: GuardDatabase, order: OrderRecord) {
  if (!order.buyerName) return undefined;
  const events = (await insightEvents(db, { platform: order.platform })).filter((e) => e.orderId !== order.id);
  const count = repeatBuyers(events, 2).get(buyerKey(order.platform, order.buyerName));
  return count ? said('guard.repeat-buyer', { count }) : undefined;
}

/** The banner's words for a marketplace, in the language the seller's settings pick; `pageUrl`: the asking page. */
export async function onBannerText(
  deps: Deps,
  platform: Platform,
  marketplace: string,
  pageUrl: string,
): Promise<BannerText> {
  const settings = await loadSettings(await deps.db());
  const browser = deps.uiLocale?.() ?? 'en';
  return bannerText(bannerLocale(platform, marketplace, settings.bannerLanguage, browser, originLanguage(pageUrl)));
}

/**
 * A reading from a frame of the page (eBay's message-buyer frame): only that its box is there, for
 * which order, and which frame it is. The page's own reading stays what the tab shows.
 */
export async function onFrameReading(deps: Deps, tabId: number, frameId: number, reading: PageReading): Promise<void> {
  if (!reading.ok || !reading.hasMessageBox) return;
  const messageFrame = { frameId, orderId: reading.focusOrderId };
  const state = await deps.tabs.get(tabId);
  const page =
    state?.platform === reading.platform
      ? state
      : {
          platform: reading.platform,
          marketplace: reading.marketplace,
          page: reading.page,
          url: reading.url,
          read: 'ok' as const,
          orderIds: [],
          at: deps.now(),
        };
  await deps.tabs.set(tabId, { ...page, hasMessageBox: true, messageFrame });
}

/** A message frame the tab had is still the page's when it is about the same order (or names none). */
function keptFrame(previous: TabState | undefined, reading: PageReading): TabState['messageFrame'] {
  const frame = previous?.platform === reading.platform ? previous.messageFrame : undefined;
  return frame && reading.ok && (frame.orderId === undefined || frame.orderId === reading.focusOrderId)
    ? frame
    : undefined;
}

export async function onPageReading(deps: Deps, tabId: number, reading: PageReading): Promise<GuardView> {
  const now = deps.now();
  const messageFrame = keptFrame(await deps.tabs.get(tabId), reading);
  const state: TabState = {
    platform: reading.platform,
    marketplace: reading.marketplace,
    page: reading.page,
    url: reading.url,
    read: reading.ok ? 'ok' : 'failed',
    orderIds: [],
    at: now,
  };
  if (!reading.ok) {
    await deps.tabs.set(tabId, state);
    await deps.showBadge(tabId, undefined);
    return failedView(reading);
  }
  const db = await deps.db();
  const started = performance.now();
  await recordReading(db, reading, now);
  performance.measure('seller-guard:record-reading', {
    start: started,
    end: performance.now(),
    detail: reading.orders.length,
  });
  const settings = await loadSettings(db);
  await applyRetention(db, settings.retentionMonths, now);
  const focusKey = reading.focusOrderId ? orderKey(reading.platform, reading.focusOrderId) : undefined;
  const focus = focusKey ? await getOrder(db, focusKey) : undefined;
  const guarded = await summaryFor(db, settings, reading.platform, reading.marketplace, now, focus);
  const repeat = focus ? await repeatBuyerNote(db, focus) : undefined;
  const summary = repeat ? { ...guarded, details: [repeat, ...guarded.details].slice(0, MAX_DETAILS) } : guarded;
  await deps.tabs.set(tabId, {
    ...state,
    focusOrderId: reading.focusOrderId,
    hasMessageBox: reading.hasMessageBox || messageFrame !== undefined || undefined,
    messageFrame,
    orderIds: reading.orders.slice(0, 500).map((o) => o.id),
    summary,
  });
  await deps.showBadge(tabId, summary);
  if (reading.page !== 'order-list') return summary;
  const marked = withAutoCancelling(summary, reading, now);
  if (reading.orders.length < 2) return marked;
  const duplicates = await duplicatesOnPage(db, reading, settings.duplicateWindowHours);
  if (duplicates.length === 0) return marked;
  const count = new Set(duplicates.flatMap((d) => d.orderIds)).size;
  return {
    ...marked,
    duplicates,
    details: [said('duplicate.summary', { count }), ...marked.details].slice(0, MAX_DETAILS),
  };
}

/**
 * A list's orders the platform is about to cancel by itself, and its shipped orders whose buyer's
 * request must be declined by their tracking before the platform approves it: marked, and said
 * first, while there is time.
 */
function withAutoCancelling(summary: GuardView, reading: PageReadingOk, now: number): GuardView {
  const cancelling = autoCancellingOnPage(reading, now);
  const declining = declineByTrackingOnPage(reading, now);
  if (cancelling.length + declining.length === 0) return summary;
  const platform = rulebookFor(reading.platform).displayName;
  const lines = [
    ...(declining.length ? [said('guard.decline-by-tracking-soon', { count: declining.length, platform })] : []),
    ...(cancelling.length ? [said('guard.auto-cancel-soon', { count: cancelling.length, platform })] : []),
  ];
  return {
    ...summary,
    autoCancelling: [...declining, ...cancelling].slice(0, MAX_MARKED),
    details: [...lines, ...summary.details].slice(0, MAX_DETAILS),
  };
}
