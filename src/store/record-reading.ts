// Writes one page reading in a single transaction: orders merged by key into their day records, the
// platform's figure, and the events the change implies. Re-reading the same page writes nothing new.
import { adviceOutcome, type Resolution } from '../core/advice-outcome';
import { ACTION_KINDS, type ActionKind } from '../core/advisor/types';
import type { OrderSeen, OrderStatus, PageReadingOk } from '../core/types';
import { abortQuietly, orderKey, storageFailure, type GuardDatabase } from './db';
import type { IDBPObjectStore } from 'idb';
import { firstPossibleDay } from './order-days';
import {
  orderDayKey,
  placeOrder,
  type EventRecord,
  type GuardDB,
  type OrderDay,
  type OrderRecord,
  type SnapshotRecord,
} from './schema';

export interface RecordResult {
  ordersWritten: number;
  /** Orders seen for the first time (their "order seen" event is kept on the order itself). */
  ordersNew: number;
  eventsWritten: number;
}

function mergeOrder(old: OrderRecord | undefined, seen: OrderSeen, now: number, url: string): OrderRecord {
  // A list row knows less than the detail page: keep what an earlier, fuller reading found.
  const merged = { ...old, ...stripUndefined(seen) } as OrderSeen;
  if (old && seen.items.length === 0) merged.items = old.items;
  return {
    ...merged,
    key: orderKey(seen.platform, seen.id),
    firstSeenAt: old?.firstSeenAt ?? now,
    lastSeenAt: now,
    sourceUrl: url,
    firstSourceUrl: old ? old.firstSourceUrl : url,
    firstStatus: old ? old.firstStatus : seen.status,
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function eventsFor(old: OrderRecord | undefined, order: OrderRecord, now: number, url: string): EventRecord[] {
  const base = {
    platform: order.platform,
    marketplace: order.marketplace,
    orderKey: order.key,
    orderId: order.id,
    sourceUrl: url,
    orderedAt: order.orderedAt,
    buyer: order.buyerName,
  };
  const events: EventRecord[] = [];
  if (order.cancelRequest && !old?.cancelRequest) {
    events.push({
      ...base,
      id: `${order.key}:cancel-request`,
      kind: 'cancel-request-seen',
      at: now,
      detail: order.cancelRequest.reason ?? (order.cancelRequest.viaPlatform ? 'platform' : 'message'),
    });
  }
  if (old && old.status !== order.status) {
    events.push({
      ...base,
      id: `${order.key}:status:${old.status}>${order.status}`,
      kind: 'status-changed',
      at: now,
      detail: `${old.status}→${order.status}`,
    });
    // We saw it open, now it is cancelled: the seller cancelled it after the buyer's 30 minutes.
    if (order.status === 'cancelled' && old.status !== 'cancelled') {
      const viaPlatform = order.cancelRequest?.viaPlatform ?? false;
      const picked = order.cancelReasonPicked?.reason;
      events.push({
        ...base,
        id: `${order.key}:cancellation`,
        kind: 'cancellation',
        at: now,
        counted: cancellationCounted(order),
        startedBy: viaPlatform ? 'buyer' : 'seller',
        route: viaPlatform ? 'platform-request' : 'seller',
        reasonCode: picked,
        detail: [
          viaPlatform ? 'buyer request through the platform' : 'cancelled by the seller',
          picked ? `reason picked: ${picked}` : undefined,
        ]
          .filter(Boolean)
          .join('; '),
      });
    }
  }
  // After-sale facts, each logged when it first appears (a refund also when it moves, e.g. requested → full).
  if (order.refund && order.refund !== old?.refund)
    events.push({ ...base, id: `${order.key}:refund:${order.refund}`, kind: 'refund', at: now, detail: order.refund });
  if (order.returnRequested && !old?.returnRequested)
    events.push({ ...base, id: `${order.key}:return`, kind: 'return-requested', at: now });
  // A dispute can close and open again: each opening is its own event.
  if (order.disputeOpen && !old?.disputeOpen)
    events.push({ ...base, id: `${order.key}:dispute:${now}`, kind: 'dispute-opened', at: now });
  // Each change is its own event (an address can go back and forth); re-reading the same page finds no change.
  if (old?.addressHash && order.addressHash && old.addressHash !== order.addressHash) {
    events.push({
      ...base,
      id: `${order.key}:address:${now}`,
      kind: 'address-changed',
      at: now,
      detail: 'The ship-to address changed.',
    });
  }
  return events;
}

function cancellationCounted(order: OrderSeen): boolean {
  return !(order.cancelRequest?.viaPlatform ?? false) && order.fulfilment !== 'platform';
}

/** How an order we had seen open ended, if this reading is where it ended. */
function resolutionOf(old: OrderRecord | undefined, order: OrderRecord): Resolution | undefined {
  const open = (s: OrderStatus | undefined) => s === 'unpaid' || s === 'unshipped';
  if (!old || !open(old.status)) return undefined;
  if (order.status === 'cancelled') return { kind: 'cancelled', counted: cancellationCounted(order) };
  if (order.status === 'shipped' || order.status === 'delivered') return { kind: 'shipped' };
  return undefined;
}

type EventStore = IDBPObjectStore<GuardDB, ('order-days' | 'snapshots' | 'events')[], 'events', 'readwrite'>;

/**
 * For orders resolved by this reading (few: one lookup each): was the advice given on them followed?
 * And where the seller told the popup the buyer asked by message, their cancellation says so.
 */
async function afterResolution(
  events: EventStore,
  resolved: { order: OrderRecord; resolution: Resolution }[],
  candidates: EventRecord[],
  now: number,
  url: string,
): Promise<EventRecord[]> {
  const out: EventRecord[] = [];
  const logged = await Promise.all(resolved.map(({ order }) => events.index('by-order').getAll(order.key)));
  resolved.forEach(({ order, resolution }, i) => {
    const advice = logged[i]!.filter((e) => e.kind === 'advice-given').sort((a, b) => b.at - a.at)[0];
    if (!advice?.detail || !(ACTION_KINDS as readonly string[]).includes(advice.detail)) return;
    const cancellation = candidates.find((e) => e.kind === 'cancellation' && e.orderKey === order.key);
    if (cancellation?.route === 'seller' && advice.situation?.endsWith('/message')) {
      Object.assign(cancellation, {
        startedBy: 'buyer',
        route: 'message',
        detail: cancellation.detail!.replace(
          'cancelled by the seller',
          'the buyer asked by message; cancelled by the seller',
        ),
      });
    }
    const outcome = adviceOutcome(advice.detail as ActionKind, resolution);
    if (!outcome) return;
    out.push({
      platform: order.platform,
      marketplace: order.marketplace,
      orderKey: order.key,
      orderId: order.id,
      sourceUrl: url,
      orderedAt: order.orderedAt,
      buyer: order.buyerName,
      id: `${order.key}:advice-outcome`,
      kind: 'advice-outcome',
      at: now,
      detail: `${advice.detail}: ${outcome}`,
      situation: advice.situation,
    });
  });
  return out;
}

type SnapshotStore = IDBPObjectStore<GuardDB, ('order-days' | 'snapshots' | 'events')[], 'snapshots', 'readwrite'>;

/** The same figure read again only moves its read time forward; a new figure is a new record (history). */
async function putSnapshot(store: SnapshotStore, snapshot: SnapshotRecord): Promise<void> {
  const same = await store.index('by-market').getAll([snapshot.platform, snapshot.marketplace]);
  const latest = same.filter((s) => s.metric === snapshot.metric).sort((a, b) => b.readAt - a.readAt)[0];
  const unchanged =
    latest &&
    latest.ratePercent === snapshot.ratePercent &&
    latest.counted === snapshot.counted &&
    latest.total === snapshot.total &&
    latest.windowDays === snapshot.windowDays;
  if (unchanged) {
    if (snapshot.readAt > latest.readAt) await store.put({ ...latest, readAt: snapshot.readAt });
    return;
  }
  await store.add(snapshot);
}

/** Which of `keys` are stored: one key-only request over their range (keys are cheap; whole records are not). */
async function storedKeys(
  store: { getAllKeys(range: IDBKeyRange): Promise<IDBValidKey[]> },
  keys: string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const sorted = [...keys].sort();
  const wanted = new Set(keys);
  const found = await store.getAllKeys(IDBKeyRange.bound(sorted[0]!, sorted[sorted.length - 1]!));
  return new Set((found as string[]).filter((k) => wanted.has(k)));
}

type DayStore = IDBPObjectStore<GuardDB, ('order-days' | 'snapshots' | 'events')[], 'order-days', 'readwrite'>;

/** The day records that can hold the reading's orders (see firstPossibleDay): one request per marketplace on the page. */
async function daysFor(store: DayStore, orders: OrderSeen[], now: number): Promise<Map<string, OrderDay>> {
  const from = firstPossibleDay(orders, now);
  const markets = new Set(orders.map((o) => `${o.platform}\u0000${o.marketplace}`));
  const found = await Promise.all(
    [...markets].map((m) => {
      const [platform, marketplace] = m.split('\u0000') as [string, string];
      return store.getAll(
        IDBKeyRange.bound(orderDayKey(platform, marketplace, from), orderDayKey(platform, marketplace, '\uffff')),
      );
    }),
  );
  return new Map(found.flat().map((d) => [d.key, d]));
}

const SEEN_REFRESH_MS = 3_600_000;

/** Re-reading an unchanged list writes nothing, except to move "last seen" forward once an hour. */
function changed(old: OrderRecord | undefined, next: OrderRecord): boolean {
  if (!old) return true;
  if (next.lastSeenAt - old.lastSeenAt > SEEN_REFRESH_MS) return true;
  return (
    JSON.stringify({ ...old, lastSeenAt: 0, sourceUrl: '' }) !==
    JSON.stringify({ ...next, lastSeenAt: 0, sourceUrl: '' })
  );
}

export async function recordReading(db: GuardDatabase, reading: PageReadingOk, now: number): Promise<RecordResult> {
  // Relaxed durability: the OS may flush a moment later; a page reading can always be read again.
  const tx = db.transaction(['order-days', 'snapshots', 'events'], 'readwrite', { durability: 'relaxed' });
  try {
    const dayStore = tx.objectStore('order-days');
    const events = tx.objectStore('events');
    // A few requests in all, whatever the number of orders: IndexedDB's cost is per request here.
    const days = await daysFor(dayStore, reading.orders, now);
    const known = new Map<string, OrderRecord>();
    for (const day of days.values()) for (const order of day.orders) known.set(order.key, order);
    const olds = reading.orders.map((seen) => known.get(orderKey(seen.platform, seen.id)));
    const merged = reading.orders.map((seen, i) => mergeOrder(olds[i], seen, now, reading.url));
    const resolved = merged.flatMap((order, i) => {
      const resolution = resolutionOf(olds[i], order);
      return resolution ? [{ order, resolution }] : [];
    });
    const changes = merged.flatMap((order, i) => eventsFor(olds[i], order, now, reading.url));
    const candidates = [...changes, ...(await afterResolution(events, resolved, changes, now, reading.url))];
    const logged = await storedKeys(
      events,
      candidates.map((e) => e.id),
    );
    const fresh = candidates.filter((e) => !logged.has(e.id));
    const touched = new Set<string>();
    merged.forEach((order, i) => {
      if (changed(olds[i], order)) touched.add(placeOrder(days, order));
    });
    const writes: Promise<unknown>[] = [];
    // Each write is watched from the moment it starts: if a later one throws, the abort rejects
    // the earlier ones too, and those rejections belong to this error, not to nobody.
    const start = (write: Promise<unknown>) => {
      write.catch(() => undefined);
      writes.push(write);
    };
    for (const key of touched) start(dayStore.put(days.get(key)!));
    for (const event of fresh) start(events.add(event));
    for (const metric of reading.metrics)
      start(putSnapshot(tx.objectStore('snapshots'), { ...metric, sourceUrl: reading.url }));
    await Promise.all([...writes, tx.done]);
    return {
      ordersWritten: reading.orders.length,
      ordersNew: olds.filter((o) => o === undefined).length,
      eventsWritten: fresh.length,
    };
  } catch (error) {
    // No half of the reading is kept.
    abortQuietly(tx);
    throw storageFailure("Couldn't save what was read on this page", error);
  }
}
