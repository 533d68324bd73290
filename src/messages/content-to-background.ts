import * as v from 'valibot';
import { PageReadingSchema } from './page-reading';

/** content script → background */
export const ContentToBackground = v.variant('type', [
  v.strictObject({ type: v.literal('cs/page-reading'), reading: PageReadingSchema }),
  /** The banner's "Replies & actions" button: open the popup for this tab in a tab of its own. */
  v.strictObject({ type: v.literal('cs/open-popup') }),
]);
export type ContentToBackgroundMessage = v.InferOutput<typeof ContentToBackground>;

