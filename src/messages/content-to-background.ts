// Content script → background. Parsed on arrival: a content script runs inside a seller's page.
import * as v from 'valibot';
import { PLATFORMS } from '../core/types';
import type { BannerText, JsonNotCovering, ReadingReply, StorageRefusal, TickedReply } from './background-replies';
import { text } from './fields';
import { PageReadingSchema } from './page-reading';
import type { Refusal } from './refusal';

/** The largest page answer the observer hands over (page-world/channel.ts MAX_TEXT; a test keeps them equal). */
export const PAGE_ANSWER_MAX = 8_000_000;

export const ContentToBackground = v.variant('type', [
  v.strictObject({
    type: v.literal('cs/page-reading'),
    reading: PageReadingSchema,
    /** A list fed by the page's own JSON (src/sites/page-json-feeds.ts): that answer, as the page received it. */
    pageJson: v.optional(v.pipe(v.string(), v.maxLength(PAGE_ANSWER_MAX))),
  }),
  /** The banner's "Replies & actions" button: open the popup for this tab in a tab of its own. */
  v.strictObject({ type: v.literal('cs/open-popup') }),
  /** The starter, once its page has loaded: inject the guard into this document. */
  v.strictObject({ type: v.literal('cs/start-guard') }),
  /** On the cancel page: the reason the seller picked (option value and label), kept for the cancellation event. */
  v.strictObject({ type: v.literal('cs/cancel-reason'), orderId: text(64), reason: text(160) }),
  /** On an order list: the orders the seller ticked, for what cancelling them all would do. */
  v.strictObject({
    type: v.literal('cs/ticked-orders'),
    orderIds: v.pipe(v.array(text(64)), v.minLength(1), v.maxLength(500)),
  }),
  /** "Save a layout report" on a page the guard could not read: inject the report script into it. */
  v.strictObject({ type: v.literal('cs/layout-report') }),
  /** The guard, as it starts: the banner's words, in the language the seller wants on this marketplace. */
  v.strictObject({ type: v.literal('cs/banner-text'), platform: v.picklist(PLATFORMS), marketplace: text(20) }),
]);
export type ContentToBackgroundMessage = v.InferOutput<typeof ContentToBackground>;

/** What the background answers each content request. The content script still parses the view it shows. */
export interface ContentReplies {
  /** `frame`: a reading from a frame of the page (eBay's message frame) is only noted, no banner there. */
  'cs/page-reading': ReadingReply | StorageRefusal | JsonNotCovering | { ok: true; frame: true };
  'cs/open-popup': { ok: true };
  'cs/start-guard': { ok: true };
  /** `ok: false` when the order is not stored (never seen): nothing was kept. */
  'cs/cancel-reason': { ok: boolean };
  /** The banner's language and its words in it (the guard parses them: they are shown in a seller's page). */
  'cs/banner-text': BannerText;
  /** What cancelling every ticked order would do (the guard parses it: it is shown in a seller's page). */
  'cs/ticked-orders': TickedReply;
  /** The layout report script was injected (it saves the file itself). */
  'cs/layout-report': { ok: true };
}
export type ContentReplyOf<R extends ContentToBackgroundMessage> = ContentReplies[R['type']] | Refusal;
