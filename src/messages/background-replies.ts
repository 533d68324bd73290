// What the background answers a content script: only the figures for this page, never stored data,
// and what core decided about them as codes (the banner words them from the catalogue entries the
// background sends in the page's language). Checked on the page with ./shape (not valibot: see there).
import type { Said } from '../core/said';
import { LEVELS } from '../core/types';
import * as s from './shape';

const CODE = s.string(80, /^[a-z][\w.-]{0,79}$/i);
const PARAM_NAME = s.string(30, /^\w{1,30}$/);
const orderIds = (max: number) => s.array(s.string(64), max);

/** A decision of core's: a catalogue code and its parameters (numbers, page text, or other codes). */
export const isSaid: s.Check<Said> = (value): value is Said => saidShape(value);
const saidShape = s.object({
  code: CODE,
  params: s.optional(s.record(PARAM_NAME, s.union(s.number({ finite: true }), s.string(300), isSaid), 50)),
});

const isGuardView = s.object({
  level: s.oneOf(LEVELS),
  ratePercent: s.optional(s.number()),
  thresholdPercent: s.optional(s.number()),
  projectedRatePercent: s.optional(s.number()),
  headline: isSaid,
  details: s.array(isSaid, 8),
  cancelReason: s.optional(s.object({ buyerReason: s.string(40), requestOnRecord: s.boolean })),
  /** Groups of possible duplicate orders on this page, with what to say beside them. */
  duplicates: s.optional(s.array(s.object({ orderIds: orderIds(50), note: isSaid }), 100)),
  /** Orders on this page the platform cancels by itself within a day unless the seller acts, each with its mark. */
  autoCancelling: s.optional(s.array(s.object({ orderIds: orderIds(1), note: isSaid }), 100)),
});
/** What the in-page guard shows: only the figures for this page, never the stored data. */
export type GuardView = s.Checked<typeof isGuardView>;

export const isReadingReply = s.object({ ok: s.literal(true), view: isGuardView });
export type ReadingReply = s.Checked<typeof isReadingReply>;

/** What cancelling every ticked order in a list would do (core's projection-many, worded as codes). */
export const isTickedReply = s.object({
  ok: s.literal(true),
  ticked: s.object({
    selected: s.number({ integer: true, min: 0, max: 2000 }),
    projectedRatePercent: s.optional(s.number({ min: 0, max: 100 })),
    lines: s.array(isSaid, 8),
  }),
});
export type TickedReply = s.Checked<typeof isTickedReply>;

/** The page was read but could not be kept (disk full, database broken): the banner says so. */
export const isStorageRefusal = s.object(
  {
    ok: s.literal(false),
    storage: s.literal(true),
    /** The disk is full (the banner says what to do about it). */
    full: s.optional(s.boolean),
    error: s.string(500),
  },
  false,
);
export type StorageRefusal = s.Checked<typeof isStorageRefusal>;

/**
 * The page's JSON that came with a reading does not describe every row on screen (another page's
 * answer): nothing was kept, and the guard reads the rows' cells instead.
 */
export const isJsonNotCovering = s.object({ ok: s.literal(false), readMarkup: s.literal(true) });
export type JsonNotCovering = s.Checked<typeof isJsonNotCovering>;

const MESSAGE = s.string(1000);
const isMessage = s.union(
  MESSAGE,
  s.object({
    plural: PARAM_NAME,
    zero: s.optional(MESSAGE),
    one: s.optional(MESSAGE),
    two: s.optional(MESSAGE),
    few: s.optional(MESSAGE),
    many: s.optional(MESSAGE),
    other: MESSAGE,
  }),
);

/** The banner's language (BCP 47) and the catalogue entries it can show, in that language. */
export const isBannerText = s.object({
  ok: s.literal(true),
  lang: s.string(20),
  messages: s.record(CODE, isMessage, 400),
});
export type BannerText = s.Checked<typeof isBannerText>;
