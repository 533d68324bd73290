// The IndexedDB schema, versioned. Each version's step runs once, in order, inside the upgrade
// transaction, so a database at any earlier version reaches the current one with its data intact.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { MetricSnapshot, OrderSeen, Platform } from '../core/types';

export interface OrderRecord extends OrderSeen {
  /** `${platform}:${id}`: order ids are unique per platform, not across them. */
  key: string;
  /** The reason the seller picked on the cancel page (value and label), for the cancellation event. */
  cancelReasonPicked?: { reason: string; at: number };
  /** Where and as what the order was first seen: its "order seen" event is made from these. */
  firstSourceUrl?: string;
  firstStatus?: string;
  firstSeenAt: number;
  lastSeenAt: number;
  sourceUrl: string;
}

export interface SnapshotRecord extends MetricSnapshot {
  id?: number;
  sourceUrl: string;
}

/** What the log records. Add new kinds at the end; never rename (exports carry them). */
export const EVENT_KINDS = [
  'order-seen',
  'status-changed',
  'cancellation',
  'cancel-request-seen',
  'refund',
  'return-requested',
  'dispute-opened',
  'address-changed',
  'draft-used',
  'advice-given',
  'advice-outcome',
] as const;
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

/**
 * The orders first seen on one day in one marketplace, stored as one record: IndexedDB costs about the
 * same per record whatever its size (0.15–0.4 ms per put in Chromium here), so 500 orders read on
 * one page are one write, not 500. Key `${platform}:${marketplace}:${yyyy-mm-dd}` (UTC day of firstSeenAt).
 */
export interface OrderDay {
  key: string;
  platform: Platform;
  marketplace: string;
  day: string;
  /** The keys of `orders`, for the multi-entry index that finds one order's day. */
  orderKeys: string[];
  orders: OrderRecord[];
}

export interface GuardDB extends DBSchema {
  /** Versions 1–3 only: replaced by `order-days` in version 4. */
  orders: { key: string; value: OrderRecord; indexes: { 'by-platform': string } };
  'order-days': {
    key: string;
    value: OrderDay;
    indexes: { 'by-order': string; 'by-market': [string, string]; 'by-day': string };
  };
  snapshots: { key: number; value: SnapshotRecord; indexes: { 'by-market': [string, string] } };
  settings: { key: string; value: SettingRecord };
  events: { key: string; value: EventRecord; indexes: { 'by-order': string; 'by-at': number; 'by-kind': string } };
  drafts: { key: string; value: DraftRecord; indexes: { 'by-order': string } };
  choices: { key: string; value: ChoiceRecord };
  templates: { key: string; value: CustomTemplate; indexes: { 'by-platform': string } };
}

export const DB_VERSION = 4;

type Upgrade = (
  db: IDBPDatabase<GuardDB>,
  tx: IDBPTransaction<GuardDB, StoreNames<GuardDB>[], 'versionchange'>,
) => void;

/** MIGRATIONS[n] takes a database from version n to n + 1. Append; never edit a shipped step. */
export const MIGRATIONS: Upgrade[] = [
  // 0 → 1: orders, platform snapshots, settings.
  (db) => {
    db.createObjectStore('orders', { keyPath: 'key' }).createIndex('by-platform', 'platform');
    db.createObjectStore('snapshots', { keyPath: 'id', autoIncrement: true }).createIndex('by-market', [
      'platform',
      'marketplace',
    ]);
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
  // 3 → 4: orders grouped per day first seen (one write per page, not per order); each order's
  // "order seen" event folded into the order itself (firstSourceUrl, firstStatus).
  (db, tx) => {
    const days = db.createObjectStore('order-days', { keyPath: 'key' });
    days.createIndex('by-order', 'orderKeys', { multiEntry: true });
    days.createIndex('by-market', ['platform', 'marketplace']);
    days.createIndex('by-day', 'day');
    const events = tx.objectStore('events');
    // Only IndexedDB requests are awaited here, so the upgrade transaction stays open throughout;
    // any failure aborts it, and the database stays at version 3 with nothing changed.
    void Promise.all([tx.objectStore('orders').getAll(), events.index('by-kind').getAll('order-seen')])
      .then(async ([orders, seen]) => {
        const seenByOrder = new Map(seen.map((e) => [e.orderKey, e]));
        const grouped = new Map<string, OrderDay>();
        for (const order of orders) {
          const first = seenByOrder.get(order.key);
          placeOrder(grouped, {
            ...order,
            firstSourceUrl: order.firstSourceUrl ?? first?.sourceUrl ?? order.sourceUrl,
            firstStatus: order.firstStatus ?? first?.detail ?? order.status,
          });
        }
        await Promise.all([...grouped.values()].map((d) => tx.objectStore('order-days').put(d)));
        // Folded into their orders; "order seen" events of orders we do not have stay as they are.
        const stored = new Set(orders.map((o) => o.key));
        await Promise.all(seen.filter((e) => stored.has(e.orderKey)).map((e) => events.delete(e.id)));
        db.deleteObjectStore('orders');
      })
      .catch(() => tx.abort());
  },
];

export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const orderDayKey = (platform: string, marketplace: string, day: string): string =>
  `${platform}:${marketplace}:${day}`;

/** Where each order sits in its day's arrays, built once per day record (days hold hundreds of orders). */
const positions = new WeakMap<OrderDay, Map<string, number>>();

function positionsOf(bucket: OrderDay): Map<string, number> {
  let map = positions.get(bucket);
  if (!map) {
    map = new Map(bucket.orderKeys.map((k, i) => [k, i]));
    positions.set(bucket, map);
  }
  return map;
}

/** Puts an order into its day (by firstSeenAt) among `days`, replacing an earlier copy in that day; returns the day's key. */
export function placeOrder(days: Map<string, OrderDay>, order: OrderRecord): string {
  const day = dayOf(order.firstSeenAt);
  const key = orderDayKey(order.platform, order.marketplace, day);
  const bucket = days.get(key) ?? {
    key,
    platform: order.platform,
    marketplace: order.marketplace,
    day,
    orderKeys: [],
    orders: [],
  };
  const at = positionsOf(bucket);
  const i = at.get(order.key);
  if (i !== undefined) bucket.orders[i] = order;
  else {
    at.set(order.key, bucket.orders.length);
    bucket.orderKeys.push(order.key);
    bucket.orders.push(order);
  }
  days.set(key, bucket);
  return key;
}

/** Takes an order out of its day record (when its first sighting moves to an earlier day). */
export function removeOrder(bucket: OrderDay, orderKey: string): void {
  const i = bucket.orderKeys.indexOf(orderKey);
  if (i < 0) return;
  bucket.orderKeys.splice(i, 1);
  bucket.orders.splice(i, 1);
  positions.delete(bucket);
}
