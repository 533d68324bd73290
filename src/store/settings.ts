// The seller's settings, validated field by field on every read (Dark Reader's approach): a bad or
// old stored value falls back to its default instead of breaking the guard. Each field's check is
// the one the options page's message and the import use (messages/settings.ts).
import type { IDBPObjectStore, StoreNames } from 'idb';
import * as v from 'valibot';
import { DEFAULT_POLICY } from '../core/advisor/types';
import type { SettingRecord } from '../messages/records';
import { SETTING_FIELDS, type SettingKey, type Settings } from '../messages/settings';
import type { GuardDatabase } from './db';
import type { GuardDB } from './schema';

export type { Settings } from '../messages/settings';

const DEFAULTS: Settings = {
  warningMargin: 0.8,
  overrides: {},
  retentionMonths: 0,
  duplicateWindowHours: 72,
  bannerLanguage: 'marketplace',
  policy: { ...DEFAULT_POLICY },
};

const KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

function valid<K extends SettingKey>(key: K, value: unknown): value is Settings[K] {
  return v.is(SETTING_FIELDS[key], value);
}

export async function loadSettings(db: GuardDatabase): Promise<Settings> {
  const stored = new Map((await db.getAll('settings')).map((r) => [r.key, r.value]));
  const entries = KEYS.map((key) => [
    key,
    valid(key, stored.get(key)) ? stored.get(key) : structuredClone(DEFAULTS[key]),
  ]);
  return Object.fromEntries(entries) as Settings;
}

export async function saveSetting<K extends SettingKey>(db: GuardDatabase, key: K, value: Settings[K]): Promise<void> {
  if (!valid(key, value)) throw new Error(`invalid value for setting ${key}`);
  await db.put('settings', { key, value });
}

type SettingStore = IDBPObjectStore<GuardDB, ArrayLike<StoreNames<GuardDB>>, 'settings', 'readwrite'>;

/** Imported settings (each already checked): this browser's own setting wins; missing ones are added. */
export async function importSettings(store: SettingStore, settings: SettingRecord[]): Promise<number> {
  let added = 0;
  for (const s of settings) {
    if (await store.getKey(s.key)) continue;
    await store.put({ key: s.key, value: s.value });
    added++;
  }
  return added;
}
