// The seller's settings: one check per field, shared by the message that saves them, the store that
// keeps them (which adds a fallback per field) and the import that brings them back.
import * as v from 'valibot';
import { text } from './fields';

const integer = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));

/** The shop's own policy, used by the advisor and in drafts. */
export const PolicyField = v.strictObject({
  cancellationWindowHours: integer(0, 24 * 60),
  returnWindowDays: integer(0, 365),
  returnShippingPaidBy: v.picklist(['buyer', 'seller']),
  restockingFeePercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  offersStoreCredit: v.boolean(),
  signature: text(200),
});

const OverrideField = v.strictObject({
  thresholdPercent: v.optional(v.pipe(v.number(), v.minValue(0.01), v.maxValue(100))),
  windowDays: v.optional(integer(1, 400)),
});

export const SETTING_FIELDS = {
  warningMargin: v.pipe(v.number(), v.minValue(0.05), v.maxValue(1)),
  /** Keyed by `platform` or `platform:marketplace`. */
  overrides: v.pipe(
    v.record(text(40), OverrideField),
    v.check((o) => Object.keys(o).length <= 200, 'too many'),
  ),
  /** Events older than this many months are deleted; 0 keeps everything. */
  retentionMonths: integer(0, 120),
  duplicateWindowHours: v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 30)),
  /** The in-page banner speaks the marketplace's language (amazon.de: German), or the browser's. */
  bannerLanguage: v.picklist(['marketplace', 'browser']),
  policy: PolicyField,
};

export type SettingKey = keyof typeof SETTING_FIELDS;
export type Settings = { [K in SettingKey]: v.InferOutput<(typeof SETTING_FIELDS)[K]> };
