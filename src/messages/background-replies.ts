// What the background answers a content script: only the figures for this page, never stored data.
import * as v from 'valibot';
import { LEVELS } from '../core/types';
import { text } from './fields';

/** What the in-page guard shows: only the figures for this page, never the stored data. */
export const GuardViewSchema = v.strictObject({
  level: v.picklist(LEVELS),
  ratePercent: v.optional(v.number()),
  thresholdPercent: v.optional(v.number()),
  projectedRatePercent: v.optional(v.number()),
  headline: text(300),
  details: v.pipe(v.array(text(400)), v.maxLength(8)),
  cancelReason: v.optional(v.strictObject({ buyerReason: text(40), requestOnRecord: v.boolean() })),
  /** Groups of possible duplicate orders on this page, with the words to show beside them. */
  duplicates: v.optional(
    v.pipe(
      v.array(v.strictObject({ orderIds: v.pipe(v.array(text(64)), v.maxLength(50)), text: text(300) })),
      v.maxLength(100),
    ),
  ),
});
export type GuardView = v.InferOutput<typeof GuardViewSchema>;

export const ReadingReplySchema = v.strictObject({ ok: v.literal(true), view: GuardViewSchema });
export type ReadingReply = v.InferOutput<typeof ReadingReplySchema>;

/** The page was read but could not be kept (disk full, database broken): the banner says so. */
export const StorageRefusalSchema = v.object({
  ok: v.literal(false),
  storage: v.literal(true),
  error: v.pipe(v.string(), v.maxLength(500)),
});
export type StorageRefusal = v.InferOutput<typeof StorageRefusalSchema>;
