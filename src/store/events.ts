// The event log's repository: what was written (deterministic ids, so a re-read writes nothing
// twice), the advice shown per order, and the clean-up of old events. The history reads it
// (history.ts); the orders' own "order seen" events live on the orders (order-days.ts).
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Platform } from '../core/types';
import type { DraftUse, EventRecord, OrderRecord } from '../messages/records';
import type { GuardDatabase } from './db';
import type { GuardDB } from './schema';

export type EventStore = IDBPObjectStore<GuardDB, ArrayLike<StoreNames<GuardDB>>, 'events', 'readwrite'>;

/** The fields every event of an order carries. */
export function eventBase(order: OrderRecord, sourceUrl = order.sourceUrl) {
  return {
    platform: order.platform,
    marketplace: order.marketplace,
    orderKey: order.key,
    orderId: order.id,
    sourceUrl,
    orderedAt: order.orderedAt,
    buyer: order.buyerName,
  };
}

/** Which of `keys` are stored: one key-only request over their range (keys are cheap; whole records are not). */
async function storedKeys(store: EventStore, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const sorted = [...keys].sort();
  const wanted = new Set(keys);
  const found = await store.getAllKeys(IDBKeyRange.bound(sorted[0]!, sorted[sorted.length - 1]!));
  return new Set(found.filter((k) => wanted.has(k)));
}

/** The events not logged yet (by id), each once; returns those, whose writes are started in `writes`. */
export async function addNewEvents(
  store: EventStore,
  events: EventRecord[],
  writes: (write: Promise<unknown>) => void,
): Promise<EventRecord[]> {
  const logged = await storedKeys(
    store,
    events.map((e) => e.id),
  );
  const fresh = [...new Map(events.filter((e) => !logged.has(e.id)).map((e) => [e.id, e])).values()];
  for (const event of fresh) writes(store.add(event));
  return fresh;
}

/** The latest advice shown on each of these orders (few: one lookup each). */
export async function latestAdvice(store: EventStore, orderKeys: string[]): Promise<Map<string, EventRecord>> {
  const logged = await Promise.all(orderKeys.map((key) => store.index('by-order').getAll(key)));
  const out = new Map<string, EventRecord>();
  orderKeys.forEach((key, i) => {
    const advice = logged[i]!.filter((e) => e.kind === 'advice-given').sort((a, b) => b.at - a.at)[0];
    if (advice) out.set(key, advice);
  });
  return out;
}

/**
 * The advice the seller was shown for an order: the situation and the action put first. One record
 * per order (the latest advice replaces the earlier one); judged when the order resolves.
 */
export async function recordAdvice(
  db: GuardDatabase,
  order: OrderRecord,
  situation: string,
  first: string,
  at: number,
): Promise<void> {
  await db.put('events', {
    ...eventBase(order),
    id: `${order.key}:advice`,
    kind: 'advice-given',
    at,
    detail: first,
    situation,
  });
}

/** A draft inserted or copied, on its order's record. */
export function draftUsedEvent(order: OrderRecord, action: string, use: DraftUse): EventRecord {
  return {
    ...eventBase(order),
    id: `${order.key}:draft:${action}:${use.at}`,
    kind: 'draft-used',
    at: use.at,
    detail: `${use.how} (${action}, ${use.lang})`,
  };
}

/** The cancellations logged in one marketplace (what the guard adds to the platform's figure). */
export async function cancellationsIn(db: GuardDatabase, platform: Platform, marketplace: string) {
  const all = await db.getAllFromIndex('events', 'by-kind', 'cancellation');
  return all.filter((e) => e.platform === platform && e.marketplace === marketplace);
}

/** Deletes the events older than `cutoff`; returns how many went. */
export async function dropEventsBefore(store: EventStore, cutoff: number): Promise<number> {
  const keys = await store.index('by-at').getAllKeys(IDBKeyRange.upperBound(cutoff, true));
  await Promise.all(keys.map((k) => store.delete(k)));
  return keys.length;
}

/**
 * Imported events, added when their id is absent. An order's "order seen" is kept on the order
 * (`isStoredOrder`); only one for an order this browser does not have stays an event.
 */
export async function importEvents(
  store: EventStore,
  events: EventRecord[],
  isStoredOrder: (orderKey: string) => boolean,
): Promise<number> {
  // Every id kept, in one request: asking for each event's own cost a round trip to the browser's
  // database per event, and an import of 100,000 events over a minute.
  const kept = new Set(await store.getAllKeys());
  const adds: Promise<unknown>[] = [];
  for (const e of events) {
    if (kept.has(e.id) || (e.kind === 'order-seen' && isStoredOrder(e.orderKey))) continue;
    // An id twice in one file is added once.
    kept.add(e.id);
    adds.push(store.add(e));
  }
  await Promise.all(adds);
  return adds.length;
}
