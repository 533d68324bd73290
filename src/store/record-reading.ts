// Writes one page reading in a single transaction: orders merged by key, the platform's figure,
// and the events the change implies. Re-reading the same page writes nothing new.
import type { OrderSeen, PageReadingOk } from '../core/types';
import { orderKey, StorageError, type GuardDatabase } from './db';
import type { IDBPObjectStore } from 'idb';
import type { EventRecord, GuardDB, OrderRecord, SnapshotRecord } from './schema';

export interface RecordResult {
  ordersWritten: number;
  eventsWritten: number;
}

function mergeOrder(old: OrderRecord | undefined, seen: OrderSeen, now: number, url: string): OrderRecord {
  // A list row knows less than the detail page: keep what an earlier, fuller reading found.
  const merged = { ...old, ...stripUndefined(seen) } as OrderSeen;
  if (old && seen.items.length === 0) merged.items = old.items;
  return { ...merged, key: orderKey(seen.platform, seen.id), firstSeenAt: old?.firstSeenAt ?? now, lastSeenAt: now, sourceUrl: url };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function eventsFor(old: OrderRecord | undefined, order: OrderRecord, now: number, url: string): EventRecord[] {
  const base = { platform: order.platform, marketplace: order.marketplace, orderKey: order.key, orderId: order.id, sourceUrl: url, orderedAt: order.orderedAt };
  const events: EventRecord[] = [];
  if (!old) events.push({ ...base, id: `${order.key}:seen`, kind: 'order-seen', at: now, detail: order.status });
  if (order.cancelRequest && !old?.cancelRequest) {
    events.push({ ...base, id: `${order.key}:cancel-request`, kind: 'cancel-request-seen', at: now, detail: order.cancelRequest.viaPlatform ? 'platform' : 'message' });
  }
  if (old && old.status !== order.status) {
    events.push({ ...base, id: `${order.key}:status:${old.status}>${order.status}`, kind: 'status-changed', at: now, detail: `${old.status}→${order.status}` });
    // We saw it open, now it is cancelled: the seller cancelled it after the buyer's 30 minutes.
    if (order.status === 'cancelled' && old.status !== 'cancelled') {
      const counted = !(order.cancelRequest?.viaPlatform ?? false) && order.fulfilment !== 'platform';
      events.push({ ...base, id: `${order.key}:cancellation`, kind: 'cancellation', at: now, counted });
    }
  }
  return events;
}

type SnapshotStore = IDBPObjectStore<GuardDB, ('orders' | 'snapshots' | 'events')[], 'snapshots', 'readwrite'>;

/** The same figure read again only moves its read time forward; a new figure is a new record (history). */
async function putSnapshot(store: SnapshotStore, snapshot: SnapshotRecord): Promise<void> {
  const same = await store.index('by-market').getAll([snapshot.platform, snapshot.marketplace]);
  const latest = same.filter((s) => s.metric === snapshot.metric).sort((a, b) => b.readAt - a.readAt)[0];
  const unchanged = latest && latest.ratePercent === snapshot.ratePercent && latest.counted === snapshot.counted
    && latest.total === snapshot.total && latest.windowDays === snapshot.windowDays;
  if (unchanged) {
    if (snapshot.readAt > latest.readAt) await store.put({ ...latest, readAt: snapshot.readAt });
    return;
  }
  await store.add(snapshot);
}

export async function recordReading(db: GuardDatabase, reading: PageReadingOk, now: number): Promise<RecordResult> {
  const tx = db.transaction(['orders', 'snapshots', 'events'], 'readwrite');
  try {
    const orders = tx.objectStore('orders');
    const events = tx.objectStore('events');
    let eventsWritten = 0;
    for (const seen of reading.orders) {
      const key = orderKey(seen.platform, seen.id);
      const old = await orders.get(key);
      const merged = mergeOrder(old, seen, now, reading.url);
      await orders.put(merged);
      for (const event of eventsFor(old, merged, now, reading.url)) {
        if (await events.getKey(event.id)) continue;
        await events.add(event);
        eventsWritten++;
      }
    }
    for (const metric of reading.metrics) await putSnapshot(tx.objectStore('snapshots'), { ...metric, sourceUrl: reading.url });
    await tx.done;
    return { ordersWritten: reading.orders.length, eventsWritten };
  } catch (error) {
    // A request that throws (rather than fails) does not abort the transaction by itself: abort so
    // that no half of the reading is kept.
    try { tx.abort(); } catch { /* already finished or aborted */ }
    tx.done.catch(() => undefined);
    throw new StorageError(`Couldn't save what was read on this page: ${(error as Error).message}`);
  }
}
