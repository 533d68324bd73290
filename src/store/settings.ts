// The seller's settings, validated field by field on every read (Dark Reader's approach): a bad or
// old stored value falls back to its default instead of breaking the guard.
import * as v from 'valibot';
import { DEFAULT_POLICY } from '../core/advisor/types';
import type { GuardDatabase } from './db';

const Override = v.object({
  thresholdPercent: v.optional(v.pipe(v.number(), v.minValue(0.01), v.maxValue(100))),
  windowDays: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(400))),
});

export const SETTING_SCHEMAS = {
  warningMargin: v.fallback(v.pipe(v.number(), v.minValue(0.05), v.maxValue(1)), 0.8),
  /** Keyed by `platform` or `platform:marketplace`. */
  overrides: v.fallback(v.record(v.string(), Override), {}),
  /** Events older than this many months are deleted; 0 keeps everything. */
  retentionMonths: v.fallback(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120)), 0),
  duplicateWindowHours: v.fallback(v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 30)), 72),
  /** The in-page banner speaks the marketplace's language (amazon.de: German), or the browser's. */
  bannerLanguage: v.fallback(v.picklist(['marketplace', 'browser']), 'marketplace'),
  /** The shop's own policy, used by the advisor and in drafts. */
  policy: v.fallback(
    v.object({
      cancellationWindowHours: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60)),
      returnWindowDays: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(365)),
      returnShippingPaidBy: v.picklist(['buyer', 'seller']),
      restockingFeePercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
      offersStoreCredit: v.boolean(),
      signature: v.pipe(v.string(), v.maxLength(200)),
    }),
    { ...DEFAULT_POLICY },
  ),
};

export type Settings = { [K in keyof typeof SETTING_SCHEMAS]: v.InferOutput<(typeof SETTING_SCHEMAS)[K]> };

export async function loadSettings(db: GuardDatabase): Promise<Settings> {
  const stored = new Map((await db.getAll('settings')).map((r) => [r.key, r.value]));
  const entries = Object.entries(SETTING_SCHEMAS).map(([key, schema]) => [key, v.parse(schema, stored.get(key))]);
  return Object.fromEntries(entries) as Settings;
}

export async function saveSetting<K extends keyof Settings>(
  db: GuardDatabase,
  key: K,
  value: Settings[K],
): Promise<void> {
  const result = v.safeParse(SETTING_SCHEMAS[key], value);
  // fallback() never fails, so compare: a value replaced by its default was invalid.
  if (!result.success || JSON.stringify(result.output) !== JSON.stringify(value))
    throw new Error(`invalid value for setting ${key}`);
  await db.put('settings', { key, value });
}
