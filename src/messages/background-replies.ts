// What the background answers a content script: only the figures for this page, never stored data,
// and what core decided about them as codes (the banner words them from the catalogue entries the
// background sends in the page's language).
import * as v from 'valibot';
import type { Said } from '../core/said';
import { LEVELS } from '../core/types';
import { text } from './fields';

const CODE = v.pipe(v.string(), v.regex(/^[a-z][\w.-]{0,79}$/i));
const PARAM_NAME = v.pipe(v.string(), v.regex(/^\w{1,30}$/));

/** A decision of core's: a catalogue code and its parameters (numbers, page text, or other codes). */
export const SaidSchema: v.GenericSchema<Said> = v.strictObject({
  code: CODE,
  params: v.optional(
    v.record(PARAM_NAME, v.union([v.pipe(v.number(), v.finite()), text(300), v.lazy(() => SaidSchema)])),
  ),
});

/** What the in-page guard shows: only the figures for this page, never the stored data. */
export const GuardViewSchema = v.strictObject({
  level: v.picklist(LEVELS),
  ratePercent: v.optional(v.number()),
  thresholdPercent: v.optional(v.number()),
  projectedRatePercent: v.optional(v.number()),
  headline: SaidSchema,
  details: v.pipe(v.array(SaidSchema), v.maxLength(8)),
  cancelReason: v.optional(v.strictObject({ buyerReason: text(40), requestOnRecord: v.boolean() })),
  /** Groups of possible duplicate orders on this page, with what to say beside them. */
  duplicates: v.optional(
    v.pipe(
      v.array(v.strictObject({ orderIds: v.pipe(v.array(text(64)), v.maxLength(50)), note: SaidSchema })),
      v.maxLength(100),
    ),
  ),
  /** Orders on this page the platform cancels by itself within a day unless the seller acts, each with its mark. */
  autoCancelling: v.optional(
    v.pipe(
      v.array(v.strictObject({ orderIds: v.pipe(v.array(text(64)), v.maxLength(1)), note: SaidSchema })),
      v.maxLength(100),
    ),
  ),
});
export type GuardView = v.InferOutput<typeof GuardViewSchema>;

export const ReadingReplySchema = v.strictObject({ ok: v.literal(true), view: GuardViewSchema });
export type ReadingReply = v.InferOutput<typeof ReadingReplySchema>;

/** What cancelling every ticked order in a list would do (core's projection-many, worded as codes). */
export const TickedReplySchema = v.strictObject({
  ok: v.literal(true),
  ticked: v.strictObject({
    selected: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
    projectedRatePercent: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
    lines: v.pipe(v.array(SaidSchema), v.maxLength(8)),
  }),
});
export type TickedReply = v.InferOutput<typeof TickedReplySchema>;

/** The page was read but could not be kept (disk full, database broken): the banner says so. */
export const StorageRefusalSchema = v.object({
  ok: v.literal(false),
  storage: v.literal(true),
  /** The disk is full (the banner says what to do about it). */
  full: v.optional(v.boolean()),
  error: v.pipe(v.string(), v.maxLength(500)),
});
export type StorageRefusal = v.InferOutput<typeof StorageRefusalSchema>;

/**
 * The page's JSON that came with a reading does not describe every row on screen (another page's
 * answer): nothing was kept, and the guard reads the rows' cells instead.
 */
export const JsonNotCoveringSchema = v.strictObject({ ok: v.literal(false), readMarkup: v.literal(true) });
export type JsonNotCovering = v.InferOutput<typeof JsonNotCoveringSchema>;
const MessageSchema = v.union([
  text(1000),
  v.strictObject({
    plural: PARAM_NAME,
    zero: v.optional(text(1000)),
    one: v.optional(text(1000)),
    two: v.optional(text(1000)),
    few: v.optional(text(1000)),
    many: v.optional(text(1000)),
    other: text(1000),
  }),
]);

/** The banner's language (BCP 47) and the catalogue entries it can show, in that language. */
export const BannerTextSchema = v.strictObject({
  ok: v.literal(true),
  lang: text(20),
  messages: v.pipe(
    v.record(CODE, MessageSchema),
    v.check((m) => Object.keys(m).length <= 400),
  ),
});
export type BannerText = v.InferOutput<typeof BannerTextSchema>;
