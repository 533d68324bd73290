import * as v from 'valibot';
import { count } from './fields';

/** extension pages (popup, options) → background */
export const UiToBackground = v.variant('type', [
  v.strictObject({ type: v.literal('ui/tab-state'), tabId: count }),
  v.strictObject({ type: v.literal('ui/store-summary') }),
  v.strictObject({ type: v.literal('ui/clear-all') }),
]);
export type UiToBackgroundMessage = v.InferOutput<typeof UiToBackground>;

