// One pass over the current page: detect, read, report, show. Idempotent: the same reading twice
// sends nothing; a pass overtaken by navigation drops its answer.
import { said } from '../core/said';
import type { PageReading, PageReadingFailed, PageReadingOk } from '../core/types';
import type { Translator } from '../i18n/format';
import { isJsonNotCovering, isReadingReply, isStorageRefusal, type GuardView } from '../messages/background-replies';
import type { ContentReplyOf } from '../messages/content-to-background';
import { safeRead, type PageType } from '../sites/page-type';
import { askBackground } from './ask-background';
import { bannerWords } from './banner-words';
import { showBanner, shownState } from './banner-mount';
import { watchCancelReason } from './cancel-reason';
import { figureLink } from './figure-link';
import { clearFlags, placeFlags } from './flags';
import { ensureHost, hostShown, removeHost, setHostAttributes, type HostAttributes } from './host';
import { stillBuilding } from './not-ready';
import { reputationFlags, threadNote } from './reading-notes';
import { pageJsonFromStarter } from './page-json-handoff';
import { requestReport } from './report-request';
import { followTicked, recheckTicked } from './ticked-orders';
import { inFrame, reportFromFrame } from './frame-report';
import { forgetReported, isSameAsReported, keepReported, reportedUrl } from './last-reported';

/** Filled from document_start by the starter (index.iife.ts); read by the readers of pages fed by their own JSON. */
const pageJson = pageJsonFromStarter();

let generation = 0;
let words: Translator | undefined;
/** The order the current page is about (set with each answered reading). */
let focusOrderId: string | undefined;

const openPopup = () => void askBackground({ type: 'cs/open-popup' }).catch(() => undefined);

function saveReportFor(reading: PageReadingFailed) {
  return () => {
    showBanner({ report: 'saving' });
    requestReport(reading, ensureHost(document).root, (report) => showBanner({ report }));
  };
}

// The reason picker can appear at any time (Amazon's cancel dialog); the warning joins what is shown,
// and the pick is kept so the cancellation, once seen, records the reason used.
watchCancelReason(
  document,
  () => {
    const state = shownState();
    return state.kind === 'answered' ? state.view.cancelReason : undefined;
  },
  (warning) => {
    const state = shownState();
    if (state.kind === 'answered') showBanner({ state: { ...state, warning } });
  },
  (reason) => {
    if (focusOrderId)
      void askBackground({ type: 'cs/cancel-reason', orderId: focusOrderId, reason }).catch(() => undefined);
  },
);

function answered(
  type: PageType,
  host: HTMLElement,
  base: Omit<HostAttributes, 'level' | 'read'>,
  view: GuardView,
  reading: PageReadingOk,
  isOwnOrigin: (origin: string) => boolean,
) {
  const attributes = { ...base, level: view.level, read: 'ok' as const, rate: view.ratePercent };
  setHostAttributes(host, { ...attributes, projectedRate: view.projectedRatePercent });
  // On a list the seller ticks, the ticked orders' projection takes the place of the focus order's.
  followTicked(type, host, attributes, (lines) => showBanner({ ticked: lines }));
  const unknownFigure = view.level === 'unknown' && type.page !== 'account-health' && words;
  showBanner({
    state: { kind: 'answered', view, warning: threadNote(reading) },
    figureLink: unknownFigure ? figureLink(type.platform, location.href, words!, isOwnOrigin) : undefined,
  });
  if (words)
    placeFlags(document, type, [
      ...(view.autoCancelling ?? []).map((a) => ({ ...a, kind: 'auto-cancel' as const, text: words!.say(a.note) })),
      ...(view.duplicates ?? []).map((d) => ({ ...d, kind: 'duplicate' as const, text: words!.say(d.note) })),
      ...reputationFlags(reading, words),
    ]);
}

/** The seq of a page JSON answer the background found does not describe this page's rows. */
let refusedJson = 0;

/**
 * A list fed by its own JSON, once the answer was seen, is read for its rows only: the background
 * builds the orders from the answer (issue #17). Anything else is read whole, here.
 */
function readPage(type: PageType, url: URL): { reading: PageReading; json?: { text: string; seq: number } } {
  const json = type.fedBy && pageJson.latestText?.(type.fedBy.path);
  if (json && json.seq !== refusedJson) {
    const reading = safeRead({ ...type, read: type.fedBy!.readRows }, document, url);
    // A page whose rows could not be read is reported as such; the answer has nothing to add.
    return reading.ok ? { reading, json } : { reading };
  }
  return { reading: safeRead(type, document, url, json ? undefined : pageJson) };
}

/**
 * `typeOf`: this platform's page types, `isOwnOrigin`: its seller origins (each guard build carries
 * only its own; without them, no link to the figure's page is offered).
 */
export async function guardPage(
  typeOf: (url: URL) => PageType | undefined,
  isOwnOrigin: (origin: string) => boolean = () => false,
): Promise<PageReading | undefined> {
  const url = new URL(location.href);
  const type = typeOf(url);
  if (!type) {
    forgetReported();
    focusOrderId = undefined;
    removeHost(document);
    clearFlags(document);
    return undefined;
  }
  const started = performance.now();
  const { reading, json } = readPage(type, url);
  // A frame of the platform's own page (eBay's message-buyer frame) shows no banner: it only tells
  // the background its box is there.
  if (inFrame(window)) {
    reportFromFrame(type, reading);
    return reading;
  }
  if (stillBuilding(reading, () => void guardPage(typeOf, isOwnOrigin).catch(() => undefined))) {
    if (shownState().kind !== 'answered' || reportedUrl() !== reading.url) {
      forgetReported();
      const host = ensureHost(document).host;
      setHostAttributes(host, { platform: reading.platform, page: reading.page, level: 'unknown', read: 'pending' });
      showBanner({ state: { kind: 'reading' } });
    }
    return reading;
  }
  // Ticking rows has its own path (ticked-orders.ts): what the page says decides whether to report again.
  if (isSameAsReported(reading, json?.seq) && hostShown(document)) {
    if (reading.ok) recheckTicked();
    return reading;
  }
  keepReported(reading, json?.seq);
  const readEnd = performance.now();
  const pass = ++generation;
  // The words first (one round trip, on the first pass only), so that whatever the host says it
  // read, its banner already says in words.
  words ??= await bannerWords(reading.platform, reading.marketplace);
  if (pass !== generation) return reading;
  const { host } = ensureHost(document);
  const base = {
    platform: reading.platform,
    page: reading.page,
    orderId: reading.ok ? reading.focusOrderId : undefined,
  };
  focusOrderId = base.orderId;
  setHostAttributes(host, { ...base, level: 'unknown', read: reading.ok ? 'pending' : 'failed' });
  const actions = { openPopup, saveReport: reading.ok ? undefined : saveReportFor(reading) };
  showBanner(
    reading.ok
      ? { state: { kind: 'reading' }, report: undefined }
      : { state: { kind: 'failed', why: said(`read-failure.${reading.code ?? 'layout-unknown'}`) }, report: undefined },
    { words, actions },
  );
  if (!reading.ok) clearFlags(document);
  let reply: ContentReplyOf<{ type: 'cs/page-reading'; reading: PageReading }> | undefined;
  try {
    reply = await askBackground({ type: 'cs/page-reading', reading, ...(json ? { pageJson: json.text } : {}) });
  } catch {
    reply = undefined;
  }
  if (pass !== generation || !reading.ok) return reading;
  if (json && isJsonNotCovering(reply)) {
    // Another page's answer: read this page's cells instead, and never offer that answer again.
    refusedJson = json.seq;
    forgetReported();
    return guardPage(typeOf, isOwnOrigin);
  }
  if (isReadingReply(reply)) {
    const renderStart = performance.now();
    answered(type, host, base, reply.view, reading, isOwnOrigin);
    const renderEnd = performance.now();
    // User Timing entries cost little to keep and let `npm run bench` see our main-thread share (each
    // ends where its work did, as the read's does: the first entry of a new tab is not the render's).
    const orders = reading.orders.length;
    performance.measure('seller-guard:read', { start: started, end: readEnd, detail: { orders } });
    performance.measure('seller-guard:render', { start: renderStart, end: renderEnd });
  } else if (reply?.ok === false && 'code' in reply && reply.code === 'untrusted-reading') {
    // The background did not believe the reading (not this page's, or dates that cannot be true):
    // to the seller that is a page we could not read, with no numbers.
    setHostAttributes(host, { ...base, level: 'unknown', read: 'failed' });
    clearFlags(document);
    showBanner({ state: { kind: 'failed', why: said('refusal.untrusted-reading') } });
  } else {
    setHostAttributes(host, { ...base, level: 'unknown', read: 'ok' });
    // Nothing was kept: the next change of the page tries again.
    forgetReported();
    showBanner({
      state: isStorageRefusal(reply) ? { kind: 'not-saved', full: reply.full === true } : { kind: 'no-answer' },
    });
  }
  return reading;
}
