// The IndexedDB schema, versioned. Each version's step runs once, in order, inside the upgrade
// transaction, so a database at any earlier version reaches the current one with its data intact.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  ChoiceRecord,
  CustomTemplate,
  DraftRecord,
  EventRecord,
  OrderRecord,
  SettingRecord,
  SnapshotRecord,
} from '../messages/records';
import { placeOrder, type OrderDay } from './order-days';

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
