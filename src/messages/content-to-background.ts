import * as v from 'valibot';
import { PageReadingSchema } from './page-reading';

/** content script → background */
export const ContentToBackground = v.variant('type', [
  v.strictObject({ type: v.literal('cs/page-reading'), reading: PageReadingSchema }),
]);
export type ContentToBackgroundMessage = v.InferOutput<typeof ContentToBackground>;

