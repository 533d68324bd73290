// Read side of the event log for the history page, and the retention clean-up.
import { unwrap } from 'idb';
import { TROUBLE_KINDS } from '../core/insight';
import type { RecordOutcome } from '../core/types';
import type { EventRecord } from '../messages/records';
import type { GuardDatabase } from './db';
import { dropEventsBefore } from './events';
import { dropOrdersNotSeenSince } from './order-book';
import { countOrders, dayOf, seenEvent, visitDaysNewestFirst } from './order-days';

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
/** A date `dayOf` can still write (an open-ended filter's end). */
const YEAR_2100 = Date.UTC(2100, 0, 1);

async function seenEvents(db: GuardDatabase, f: HistoryFilter, limit?: number): Promise<EventRecord[]> {
  if (f.kind && f.kind !== 'order-seen') return [];
  const days =
    f.from !== undefined || f.to !== undefined
      ? { from: dayOf(f.from ?? 0), to: dayOf(Math.min(f.to ?? YEAR_2100, YEAR_2100)) }
      : undefined;
  const out: EventRecord[] = [];
  await visitDaysNewestFirst(db, days, (orders) => {
    for (const order of orders) {
      const event = seenEvent(order);
      if (matches(event, f)) out.push(event);
    }
    return limit === undefined || out.length < limit;
  });
  return out.sort(newestFirst);
}

/**
 * Matching events, newest first, at most `limit` (the page shows a window, not an archive), and how
 * many match: the stored events and the orders' own "order seen" events together. Counting a full
 * index costs more than reading the window (the README's bench table has the figures), so with
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
  const [events, orders] = await Promise.all([
    dropEventsBefore(tx.objectStore('events'), cutoff),
    dropOrdersNotSeenSince(tx.objectStore('order-days'), cutoff),
    tx.done,
  ]);
  return events + orders;
}
