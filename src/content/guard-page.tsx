// One pass over the current page: detect, read, report, show. Idempotent: the same reading twice
// sends nothing; a pass overtaken by navigation drops its answer.
import { render } from 'preact';
import * as v from 'valibot';
import { said } from '../core/said';
import type { PageReading } from '../core/types';
import type { Translator } from '../i18n/format';
import { ReadingReplySchema, StorageRefusalSchema, type GuardView } from '../messages/background-replies';
import type { ContentReplyOf } from '../messages/content-to-background';
import { safeRead, type PageType } from '../sites/page-type';
import { askBackground } from './ask-background';
import { Banner, type BannerState } from './banner';
import { bannerWords } from './banner-words';
import { watchCancelReason } from './cancel-reason';
import { clearFlags, placeFlags } from './flags';
import { inFrame, reportFromFrame } from './frame-report';
import { ensureHost, removeHost, setHostAttributes, setHostLang } from './host';
import { pageJsonFromStarter } from './page-json-handoff';
import type { Ticked, Ticks } from './ticked-rows';

/** Filled from document_start by the starter (index.iife.ts); read by the readers of pages fed by their own JSON. */
const pageJson = pageJsonFromStarter();

let lastSignature = '';
let generation = 0;
let shown: BannerState = { kind: 'reading' };
let words: Translator | undefined;

function openPopup(): void {
  void askBackground({ type: 'cs/open-popup' }).catch(() => undefined);
}

function show(state: BannerState): void {
  shown = state;
  const { host, root } = ensureHost(document);
  // Without its words (the background never answered) the banner stays empty; the attributes still tell.
  if (!words) return;
  setHostLang(host, words.locale);
  render(<Banner state={state} words={words} onOpenPopup={openPopup} />, root.lastElementChild!);
}

/**
 * A page still building itself (its figures come seconds after load) is read again as it changes
 * and once a second; only if it is still not there after a while does the banner say it could not
 * read it. A page that re-renders keeps what it showed: the half-built moment is no new reading.
 */
const NOT_READY_GRACE_MS = 10_000;
const NOT_READY_RETRY_MS = 1_000;
let notReadySince: { url: string; at: number } | undefined;
let retry: ReturnType<typeof setTimeout> | undefined;

function stillBuilding(reading: PageReading, again: () => void): boolean {
  if (reading.ok || reading.code !== 'page-not-ready') {
    notReadySince = undefined;
    return false;
  }
  if (notReadySince?.url !== reading.url) notReadySince = { url: reading.url, at: performance.now() };
  if (performance.now() - notReadySince.at >= NOT_READY_GRACE_MS) return false;
  clearTimeout(retry);
  retry = setTimeout(again, NOT_READY_RETRY_MS);
  return true;
}

/** The order the current page is about (set with each answered reading). */
let focusOrderId: string | undefined;

// The reason picker can appear at any time (Amazon's cancel dialog); the warning joins what is shown,
// and the pick is kept so the cancellation, once seen, records the reason used.
watchCancelReason(
  document,
  () => (shown.kind === 'answered' ? shown.view.cancelReason : undefined),
  (warning) => {
    if (shown.kind === 'answered') show({ ...shown, warning });
  },
  (reason) => {
    if (focusOrderId)
      void askBackground({ type: 'cs/cancel-reason', orderId: focusOrderId, reason }).catch(() => undefined);
  },
);

type Base = { platform: string; page: string; orderId?: string };
/** The last answered page, and what its ticked rows would do (lists the seller ticks rows on). */
let lastAnswer: { type: PageType; host: HTMLElement; base: Base; view: GuardView } | undefined;
let ticked: Ticked | undefined;
/** Only the guard of a list whose rows the seller ticks carries this (its build alone pays for it). */
let ticks: Ticks | undefined;

export function guardTicks(source: Ticks): void {
  ticks = source;
}

function answered(type: PageType, host: HTMLElement, base: Base, view: GuardView): void {
  lastAnswer = { type, host, base, view };
  setHostAttributes(host, {
    ...base,
    level: view.level,
    read: 'ok',
    rate: view.ratePercent,
    projectedRate: type.ticked ? ticked?.projectedRatePercent : view.projectedRatePercent,
    selected: ticked?.cancellable,
  });
  show({
    kind: 'answered',
    view,
    ticked: ticked?.line,
    warning: shown.kind === 'answered' ? shown.warning : undefined,
  });
  if (words)
    placeFlags(
      document,
      type,
      (view.duplicates ?? []).map((d) => ({ ...d, text: words!.say(d.note) })),
    );
}

/** The ticks changed, or the page was answered anew: ask what the ticked rows would do, and show it. */
export async function tickedPass(typeOf: (url: URL) => PageType | undefined): Promise<void> {
  const type = typeOf(new URL(location.href));
  if (!ticks || !type?.ticked || lastAnswer?.type !== type) return;
  const now = await ticks.now(type, document);
  if (now && lastAnswer?.type === type) {
    ticked = now;
    answered(lastAnswer.type, lastAnswer.host, lastAnswer.base, lastAnswer.view);
  }
}

/** `typeOf`: this platform's page types (each guard build carries only its own). */
export async function guardPage(typeOf: (url: URL) => PageType | undefined): Promise<PageReading | undefined> {
  const url = new URL(location.href);
  const type = typeOf(url);
  if (!type) {
    lastSignature = '';
    focusOrderId = undefined;
    lastAnswer = undefined;
    removeHost(document);
    clearFlags(document);
    return undefined;
  }
  const started = performance.now();
  const reading = safeRead(type, document, url, pageJson);
  if (inFrame(window)) {
    reportFromFrame(type, reading);
    return reading;
  }
  if (stillBuilding(reading, () => void guardPage(typeOf).catch(() => undefined))) {
    if (shown.kind !== 'answered' || !lastSignature.includes(JSON.stringify(reading.url))) {
      lastSignature = '';
      setHostAttributes(ensureHost(document).host, {
        platform: reading.platform,
        page: reading.page,
        level: 'unknown',
        read: 'pending',
      });
      show({ kind: 'reading' });
    }
    return reading;
  }
  // The read time changes on every pass; what the page says is what decides whether to report again.
  // (No replacer function: called once per key, it cost more than the rest of a 500-order reading.)
  const signature = JSON.stringify(
    reading.ok ? { ...reading, metrics: reading.metrics.map((m) => ({ ...m, readAt: 0 })) } : reading,
  );
  if (signature === lastSignature && document.querySelector('[data-seller-guard]')?.isConnected) return reading;
  lastSignature = signature;
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
  // A new reading: the figures behind the ticked rows' answer may have moved.
  lastAnswer = undefined;
  ticked = undefined;
  ticks?.forget();
  setHostAttributes(host, { ...base, level: 'unknown', read: reading.ok ? 'pending' : 'failed' });
  show(
    reading.ok
      ? { kind: 'reading' }
      : { kind: 'failed', why: said(`read-failure.${reading.code ?? 'layout-unknown'}`) },
  );
  if (!reading.ok) clearFlags(document);
  let reply: ContentReplyOf<{ type: 'cs/page-reading'; reading: PageReading }> | undefined;
  try {
    reply = await askBackground({ type: 'cs/page-reading', reading });
  } catch {
    reply = undefined;
  }
  if (pass !== generation || !reading.ok) return reading;
  const parsed = v.safeParse(ReadingReplySchema, reply);
  if (parsed.success) {
    const renderStart = performance.now();
    answered(type, host, base, parsed.output.view);
    if (type.ticked) void tickedPass(() => type).catch(() => undefined);
    // User Timing entries cost nothing to keep and let `npm run bench` see our main-thread share.
    const orders = reading.orders.length;
    performance.measure('seller-guard:read', { start: started, end: readEnd, detail: { orders } });
    performance.measure('seller-guard:render', { start: renderStart, end: performance.now() });
  } else if (reply?.ok === false && 'code' in reply && reply.code === 'untrusted-reading') {
    // The background did not believe the reading (not this page's, or dates that cannot be true):
    // to the seller that is a page we could not read, with no numbers.
    setHostAttributes(host, { ...base, level: 'unknown', read: 'failed' });
    clearFlags(document);
    show({ kind: 'failed', why: said('refusal.untrusted-reading') });
  } else {
    setHostAttributes(host, { ...base, level: 'unknown', read: 'ok' });
    // Nothing was kept: the next change of the page tries again.
    lastSignature = '';
    const notSaved = v.safeParse(StorageRefusalSchema, reply);
    show(notSaved.success ? { kind: 'not-saved', full: notSaved.output.full === true } : { kind: 'no-answer' });
  }
  return reading;
}
