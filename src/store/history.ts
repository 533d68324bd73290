// Read side of the event log for the history page, and the retention clean-up.
import { unwrap } from 'idb';
import { TROUBLE_KINDS } from '../core/insight';
import type { RecordOutcome } from '../core/types';
import type { GuardDatabase } from './db';
import type { EventRecord } from './schema';

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

const matches = (e: EventRecord, f: HistoryFilter) => (!f.platform || e.platform === f.platform) && (!f.marketplace || e.marketplace === f.marketplace)
  && (!f.kind || e.kind === f.kind) && (!f.orderId || e.orderId.includes(f.orderId))
  && (f.from === undefined || e.at >= f.from) && (f.to === undefined || e.at <= f.to)
  && (!f.outcome || outcomeOf(e) === f.outcome) && (!f.reason || (e.detail ?? '').toLowerCase().includes(f.reason.toLowerCase()));

/** IDBIndex.getAllRecords (Chromium 141+): the newest N records in one request instead of N cursor steps. */
interface RecordsIndex {
  getAllRecords?: (options: { query?: IDBKeyRange; count?: number; direction?: IDBCursorDirection }) => IDBRequest<{ value: EventRecord }[]>;
}

function newestRecords(index: RecordsIndex, range: IDBKeyRange | undefined, count: number): Promise<EventRecord[]> | undefined {
  if (typeof index.getAllRecords !== 'function') return undefined;
  const request = index.getAllRecords({ query: range, count, direction: 'prev' });
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result.map((r) => r.value));
    request.onerror = () => reject(request.error ?? new Error('getAllRecords failed'));
  });
}

/**
 * Matching events, newest first, at most `limit` (the page shows a window, not an archive), and how
 * many match. Counting a full index costs more than reading the window (50-100 ms for 10,000
 * events in Chromium here), so with `exactTotal: false` a full window may come back with no total.
 */
export async function queryEvents(db: GuardDatabase, f: HistoryFilter, { limit = 200, exactTotal = true } = {}): Promise<{ events: EventRecord[]; total?: number }> {
  const range = f.from !== undefined || f.to !== undefined ? IDBKeyRange.bound(f.from ?? 0, f.to ?? Number.MAX_SAFE_INTEGER) : undefined;
  const tx = db.transaction('events');
  const index = tx.store.index('by-at');
  // Without filters beyond dates, stop reading once the window is full and let the index count the rest.
  const onlyDates = !f.platform && !f.marketplace && !f.kind && !f.orderId && !f.reason && !f.outcome;
  const newest = onlyDates ? newestRecords(unwrap(index) as RecordsIndex, range, limit) : undefined;
  if (newest) {
    const events = await newest;
    const total = events.length < limit ? events.length : exactTotal ? await index.count(range) : undefined;
    await tx.done;
    return { events, total };
  }
  const events: EventRecord[] = [];
  let total = 0;
  for (let cursor = await index.openCursor(range, 'prev'); cursor; cursor = await cursor.continue()) {
    if (!matches(cursor.value, f)) continue;
    total++;
    if (events.length < limit) events.push(cursor.value);
    else if (onlyDates) break;
  }
  if (onlyDates) total = await index.count(range);
  await tx.done;
  return { events, total };
}

/** The events the history's figures rest on (cancellations, buyer requests, refunds, disputes), for the same shops and dates. */
export async function insightEvents(db: GuardDatabase, f: HistoryFilter): Promise<EventRecord[]> {
  const tx = db.transaction('events');
  const kinds = await Promise.all(TROUBLE_KINDS.map((k) => tx.store.index('by-kind').getAll(k)));
  await tx.done;
  return kinds.flat().filter((e) => matches(e, { ...f, kind: undefined, reason: undefined, outcome: undefined }));
}

const MONTH = 30 * 86_400_000;

/** Deletes events older than `months` months; returns how many went. */
export async function applyRetention(db: GuardDatabase, months: number, now: number): Promise<number> {
  if (months <= 0) return 0;
  const tx = db.transaction('events', 'readwrite');
  const keys = await tx.store.index('by-at').getAllKeys(IDBKeyRange.upperBound(now - months * MONTH, true));
  await Promise.all(keys.map((k) => tx.store.delete(k)));
  await tx.done;
  return keys.length;
}
