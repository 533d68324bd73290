import * as v from 'valibot';
import { PLATFORMS } from '../core/types';
import { text } from './fields';
import { PageReadingSchema } from './page-reading';

/** content script → background */
export const ContentToBackground = v.variant('type', [
  v.strictObject({ type: v.literal('cs/page-reading'), reading: PageReadingSchema }),
  /** The banner's "Replies & actions" button: open the popup for this tab in a tab of its own. */
  v.strictObject({ type: v.literal('cs/open-popup') }),
  /** The starter, once its page has loaded: inject the guard into this document. */
  v.strictObject({ type: v.literal('cs/start-guard') }),
  /** On the cancel page: the reason the seller picked (option value and label), kept for the cancellation event. */
  v.strictObject({ type: v.literal('cs/cancel-reason'), orderId: text(64), reason: text(160) }),
  /** The guard, as it starts: the banner's words, in the language the seller wants on this marketplace. */
  v.strictObject({ type: v.literal('cs/banner-text'), platform: v.picklist(PLATFORMS), marketplace: text(20) }),
]);
export type ContentToBackgroundMessage = v.InferOutput<typeof ContentToBackground>;
