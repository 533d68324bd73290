// The IndexedDB schema, versioned. Each version's step runs once, in order, inside the upgrade
// transaction, so a database at any earlier version reaches the current one with its data intact.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { MetricSnapshot, OrderSeen, Platform } from '../core/types';

export interface OrderRecord extends OrderSeen {
  /** `${platform}:${id}`: order ids are unique per platform, not across them. */
  key: string;
  /** The reason the seller picked on the cancel page (value and label), for the cancellation event. */
  cancelReasonPicked?: { reason: string; at: number };
  firstSeenAt: number;
  lastSeenAt: number;
  sourceUrl: string;
}

export interface SnapshotRecord extends MetricSnapshot {
  id?: number;
  sourceUrl: string;
}

/** What the log records. Add new kinds at the end; never rename (exports carry them). */
export const EVENT_KINDS = ['order-seen', 'status-changed', 'cancellation', 'cancel-request-seen', 'refund', 'return-requested', 'dispute-opened',
  'address-changed', 'draft-used', 'advice-given', 'advice-outcome'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface EventRecord {
  /** Deterministic, so re-reading the same page writes nothing new. */
  id: string;
  kind: EventKind;
  platform: Platform;
  marketplace: string;
  orderKey: string;
  orderId: string;
  at: number;
  sourceUrl: string;
  /** For status changes: `unshipped→cancelled`. */
  detail?: string;
  /** For cancellations: whether it counts against the platform's rate. */
  counted?: boolean;
  orderedAt?: number;
  /** The buyer's name as the page showed it: repeat buyers are found by it (locally only). */
  buyer?: string;
  /** For advice: the situation the seller picked, and (in `detail`) the action advised first. */
  situation?: string;
  /** For cancellations: who started it, by which route, and the reason the seller picked if we saw it. */
  startedBy?: 'buyer' | 'seller';
  route?: 'platform-request' | 'message' | 'seller';
  reasonCode?: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export interface DraftUse {
  at: number;
  how: 'inserted' | 'copied';
  lang: string;
  text: string;
}

export interface DraftRecord {
  /** `${orderKey}|${action}`: one draft per order and action. */
  key: string;
  orderKey: string;
  action: string;
  templateId: string;
  lang: string;
  text: string;
  updatedAt: number;
  uses: DraftUse[];
}

/** The situation the seller picked for an order, remembered for the next time the popup opens. */
export interface ChoiceRecord {
  orderKey: string;
  situation: string;
  askedVia: string;
  updatedAt: number;
}

/** A template the seller wrote, for one platform, action and language. */
export interface CustomTemplate {
  id: string;
  platform: Platform;
  action: string;
  lang: string;
  title: string;
  text: string;
  updatedAt: number;
}

export interface GuardDB extends DBSchema {
  orders: { key: string; value: OrderRecord; indexes: { 'by-platform': string } };
  snapshots: { key: number; value: SnapshotRecord; indexes: { 'by-market': [string, string] } };
  settings: { key: string; value: SettingRecord };
  events: { key: string; value: EventRecord; indexes: { 'by-order': string; 'by-at': number; 'by-kind': string } };
  drafts: { key: string; value: DraftRecord; indexes: { 'by-order': string } };
  choices: { key: string; value: ChoiceRecord };
  templates: { key: string; value: CustomTemplate; indexes: { 'by-platform': string } };
}

export const DB_VERSION = 3;

type Upgrade = (db: IDBPDatabase<GuardDB>, tx: IDBPTransaction<GuardDB, StoreNames<GuardDB>[], 'versionchange'>) => void;

/** MIGRATIONS[n] takes a database from version n to n + 1. Append; never edit a shipped step. */
export const MIGRATIONS: Upgrade[] = [
  // 0 → 1: orders, platform snapshots, settings.
  (db) => {
    db.createObjectStore('orders', { keyPath: 'key' }).createIndex('by-platform', 'platform');
    db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true }).createIndex('by-market', ['platform', 'marketplace']);
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // 1 → 2: the event log (cancellations, status changes), so the guard can add what it saw.
  (db) => {
    const events = db.createObjectStore('events', { keyPath: 'id' });
    events.createIndex('by-order', 'orderKey');
    events.createIndex('by-at', 'at');
  },
  // 2 → 3: message drafts per order and action (with their use history), situation choices, the
  // seller's own templates, and events by kind.
  (db, tx) => {
    db.createObjectStore('drafts', { keyPath: 'key' }).createIndex('by-order', 'orderKey');
    db.createObjectStore('choices', { keyPath: 'orderKey' });
    db.createObjectStore('templates', { keyPath: 'id' }).createIndex('by-platform', 'platform');
    // The history's figures need only cancellations and requests, not every order seen.
    tx.objectStore('events').createIndex('by-kind', 'kind');
  },
];
