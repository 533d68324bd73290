// Writes one page reading in a single transaction: orders merged by key into the orders'
// repository, the platform's figures, and the events the change implies. Re-reading the same page
// writes nothing new.
import { adviceOutcome } from '../core/advice-outcome';
import type { ActionKind } from '../core/advisor/types';
import type { OrderSeen, PageReadingOk } from '../core/types';
import type { EventRecord, OrderRecord } from '../messages/records';
import { abortQuietly, orderKey, storageFailure, type GuardDatabase } from './db';
import { addNewEvents, eventBase, latestAdvice } from './events';
import { OrderBook } from './order-book';
import { eventsFor, isAdvice, resolutionOf, resolves } from './order-events';
import { putSnapshot } from './snapshots';

export interface RecordResult {
  ordersWritten: number;
  /** Orders seen for the first time (their "order seen" event is kept on the order itself). */
  ordersNew: number;
  eventsWritten: number;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
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

/** Was the advice shown on an order that this reading resolves followed? */
function outcomeEvent(order: OrderRecord, advice: EventRecord, events: EventRecord[], now: number, url: string) {
  const outcome = adviceOutcome(advice.detail as ActionKind, resolutionOf(order, events));
  if (!outcome) return [];
  const id = `${order.key}:advice-outcome`;
  const detail = `${advice.detail}: ${outcome}`;
  return [{ ...eventBase(order, url), id, kind: 'advice-outcome', at: now, detail, situation: advice.situation }];
}

export async function recordReading(db: GuardDatabase, reading: PageReadingOk, now: number): Promise<RecordResult> {
  // Relaxed durability: the OS may flush a moment later; a page reading can always be read again.
  const tx = db.transaction(['order-days', 'snapshots', 'events'], 'readwrite', { durability: 'relaxed' });
  const writes: Promise<unknown>[] = [];
  // Each write is watched from the moment it starts: if a later one throws, the abort rejects
  // the earlier ones too, and those rejections belong to this error, not to nobody.
  const start = (write: Promise<unknown>) => {
    write.catch(() => undefined);
    writes.push(write);
  };
  try {
    const events = tx.objectStore('events');
    // A few requests in all, whatever the number of orders: IndexedDB's cost is per request.
    const book = await OrderBook.forOrders(tx.objectStore('order-days'), reading.orders, now);
    const olds = reading.orders.map((seen) => book.get(orderKey(seen.platform, seen.id)));
    const merged = reading.orders.map((seen, i) => mergeOrder(olds[i], seen, now, reading.url));
    const resolving = merged.filter((order, i) => resolves(olds[i], order));
    const advice = await latestAdvice(
      events,
      resolving.map((o) => o.key),
    );
    const judged = new Map([...advice].filter(([, a]) => isAdvice(a)));
    const changes = merged.flatMap((order, i) => eventsFor(olds[i], order, now, reading.url, judged.get(order.key)));
    const outcomes = resolving.flatMap((order) => {
      const given = judged.get(order.key);
      return given ? outcomeEvent(order, given, changes, now, reading.url) : [];
    });
    const fresh = await addNewEvents(events, [...changes, ...outcomes] as EventRecord[], start);
    for (const [i, order] of merged.entries()) if (changed(olds[i], order)) await book.put(order);
    for (const write of book.write()) start(write);
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
