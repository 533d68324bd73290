// Read side of the event log for the history page, and the retention clean-up.
import type { GuardDatabase } from './db';
import type { EventRecord } from './schema';

export interface HistoryFilter {
  platform?: string;
  marketplace?: string;
  from?: number;
  to?: number;
  kind?: string;
  orderId?: string;
}

/**
 * Matching events, newest first: `events` holds at most `limit` (the page shows a window, not an
 * archive), `all` every match (for the insight figures).
 */
export async function queryEvents(db: GuardDatabase, f: HistoryFilter, limit = 200): Promise<{ events: EventRecord[]; all: EventRecord[]; total: number }> {
  const range = f.from !== undefined || f.to !== undefined ? IDBKeyRange.bound(f.from ?? 0, f.to ?? Number.MAX_SAFE_INTEGER) : undefined;
  const all = await db.getAllFromIndex('events', 'by-at', range);
  const matching = all.filter((e) => (!f.platform || e.platform === f.platform) && (!f.marketplace || e.marketplace === f.marketplace)
    && (!f.kind || e.kind === f.kind) && (!f.orderId || e.orderId.includes(f.orderId)));
  matching.reverse();
  return { events: matching.slice(0, limit), all: matching, total: matching.length };
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
