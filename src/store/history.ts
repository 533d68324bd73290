// Read side of the event log for the history page, and the retention clean-up.
import { unwrap } from 'idb';
import { TROUBLE_KINDS } from '../core/insight';
import type { RecordOutcome } from '../core/types';
import type { GuardDatabase } from './db';
import { countOrders, seenEvent } from './order-days';
import { dayOf, type EventRecord } from './schema';

export interface HistoryFilter {
  platform?: string;
  marketplace?: string;
  from?: number;
  to?: number;
  kind?: string;
  orderId?: string;
  /** Words of the reason (a buyer's cancellation reason, a refund state…), any case. */
  reason?: string;
  /** Cancellations that counted or not; advice followed or not. */
  outcome?: RecordOutcome;
}

/** The outcome an event records, if it records one. */
export function outcomeOf(e: EventRecord): RecordOutcome | undefined {
  if (e.kind === 'cancellation') return e.counted ? 'counted' : 'not-counted';
  if (e.kind === 'advice-outcome') return e.detail?.endsWith(': followed') ? 'followed' : 'not-followed';
  return undefined;
}

const matches = (e: EventRecord, f: HistoryFilter) =>
  (!f.platform || e.platform === f.platform) &&
  (!f.marketplace || e.marketplace === f.marketplace) &&
  (!f.kind || e.kind === f.kind) &&
  (!f.orderId || e.orderId.includes(f.orderId)) &&
  (f.from === undefined || e.at >= f.from) &&
  (f.to === undefined || e.at <= f.to) &&
  (!f.outcome || outcomeOf(e) === f.outcome) &&
  (!f.reason || (e.detail ?? '').toLowerCase().includes(f.reason.toLowerCase()));

/** IDBIndex.getAllRecords (Chromium 141+): the newest N records in one request instead of N cursor steps. */
interface RecordsIndex {
  getAllRecords?: (options: {
    query?: IDBKeyRange;
    count?: number;
    direction?: IDBCursorDirection;
  }) => IDBRequest<{ value: EventRecord }[]>;
}

function newestRecords(
  index: RecordsIndex,
  range: IDBKeyRange | undefined,
  count: number,
): Promise<EventRecord[]> | undefined {
  if (typeof index.getAllRecords !== 'function') return undefined;
  const request = index.getAllRecords({ query: range, count, direction: 'prev' });
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result.map((r) => r.value));
    request.onerror = () => reject(request.error ?? new Error('getAllRecords failed'));
  });
}

/** Newest first; events of the same moment by id, as the index keeps them. */
const newestFirst = (a: EventRecord, b: EventRecord) => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * The "order seen" events the orders carry (order-days.ts), newest first: whole days, newest day
 * first, until `limit` are in (or all of them when `limit` is undefined), within the filter.
 */
async function seenEvents(db: GuardDatabase, f: HistoryFilter, limit?: number): Promise<EventRecord[]> {
  if (f.kind && f.kind !== 'order-seen') return [];
  const tx = db.transaction('order-days');
  const byDay = tx.store.index('by-day');
  const days =
    f.from !== undefined || f.to !== undefined
      ? IDBKeyRange.bound(dayOf(f.from ?? 0), dayOf(Math.min(f.to ?? 4_102_444_800_000, 4_102_444_800_000)))
      : undefined;
  const out: EventRecord[] = [];
  for (let cursor = await byDay.openCursor(days, 'prev'); cursor; cursor = await cursor.continue()) {
    for (const order of cursor.value.orders) {
      const event = seenEvent(order);
      if (matches(event, f)) out.push(event);
    }
    if (limit !== undefined && out.length >= limit) break;
  }
  await tx.done;
  return out.sort(newestFirst);
}

/**
 * Matching events, newest first, at most `limit` (the page shows a window, not an archive), and how
 * many match: the stored events and the orders' own "order seen" events together. Counting a full
 * index costs more than reading the window (50-100 ms for 10,000 events in Chromium here), so with
 * `exactTotal: false` a full window may come back with no total.
 */
export async function queryEvents(
  db: GuardDatabase,
  f: HistoryFilter,
  { limit = 200, exactTotal = true } = {},
): Promise<{ events: EventRecord[]; total?: number }> {
  const range =
    f.from !== undefined || f.to !== undefined
      ? IDBKeyRange.bound(f.from ?? 0, f.to ?? Number.MAX_SAFE_INTEGER)
      : undefined;
  // Without filters beyond dates, read only the newest window of each and count the rest.
  const onlyDates = !f.platform && !f.marketplace && !f.kind && !f.orderId && !f.reason && !f.outcome;
  const tx = db.transaction('events');
  const index = tx.store.index('by-at');
  const newest = onlyDates ? newestRecords(unwrap(index) as RecordsIndex, range, limit) : undefined;
  if (newest) {
    const [stored, seen] = await Promise.all([newest, seenEvents(db, f, limit)]);
    await tx.done;
    const merged = [...stored, ...seen].sort(newestFirst);
    const everything = stored.length < limit && seen.length < limit;
    // Counting opens its own transactions: the one above has finished by now.
    const count = async () =>
      (await db.countFromIndex('events', 'by-at', range)) +
      (range ? (await seenEvents(db, f)).length : await countOrders(db));
    const total = everything ? merged.length : exactTotal ? await count() : undefined;
    return { events: merged.slice(0, limit), total };
  }
  const stored: EventRecord[] = [];
  let storedTotal = 0;
  for (let cursor = await index.openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    if (!matches(cursor.value, f)) continue;
    storedTotal++;
    if (stored.length < limit) stored.push(cursor.value);
  }
  await tx.done;
  const seen = await seenEvents(db, f);
  return { events: [...stored, ...seen].sort(newestFirst).slice(0, limit), total: storedTotal + seen.length };
}

/** The events the history's figures rest on (cancellations, buyer requests, refunds, disputes), for the same shops and dates. */
export async function insightEvents(db: GuardDatabase, f: HistoryFilter): Promise<EventRecord[]> {
  const tx = db.transaction('events');
  const kinds = await Promise.all(TROUBLE_KINDS.map((k) => tx.store.index('by-kind').getAll(k)));
  await tx.done;
  return kinds.flat().filter((e) => matches(e, { ...f, kind: undefined, reason: undefined, outcome: undefined }));
}

const MONTH = 30 * 86_400_000;

/**
 * Deletes events older than `months` months, and orders not seen since then (with the "order seen"
 * they carry); returns how many went. Runs after every page reading, so it reads only what is old.
 */
export async function applyRetention(db: GuardDatabase, months: number, now: number): Promise<number> {
  if (months <= 0) return 0;
  const cutoff = now - months * MONTH;
  const tx = db.transaction(['events', 'order-days'], 'readwrite');
  const events = tx.objectStore('events');
  const days = tx.objectStore('order-days');
  const [keys, oldDays] = await Promise.all([
    events.index('by-at').getAllKeys(IDBKeyRange.upperBound(cutoff, true)),
    days.index('by-day').getAll(IDBKeyRange.upperBound(dayOf(cutoff), true)),
  ]);
  let ordersGone = 0;
  const writes: Promise<unknown>[] = keys.map((k) => events.delete(k));
  for (const day of oldDays) {
    const keep = day.orders.filter((o) => o.lastSeenAt >= cutoff);
    if (keep.length === day.orders.length) continue;
    ordersGone += day.orders.length - keep.length;
    writes.push(
      keep.length ? days.put({ ...day, orders: keep, orderKeys: keep.map((o) => o.key) }) : days.delete(day.key),
    );
  }
  await Promise.all([...writes, tx.done]);
  return keys.length + ordersGone;
}
