// The platform's own figures as read (Account Health and the like): the latest per marketplace for
// the guard, every one for the history's rate chart.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Platform } from '../core/types';
import type { SnapshotRecord } from '../messages/records';
import type { GuardDatabase } from './db';
import type { GuardDB } from './schema';

type SnapshotStore = IDBPObjectStore<GuardDB, ArrayLike<StoreNames<GuardDB>>, 'snapshots', 'readwrite'>;

/** The latest figure of each metric the platform showed for a marketplace (the guard reads several). */
export async function latestSnapshots(
  db: GuardDatabase,
  platform: Platform,
  marketplace: string,
): Promise<SnapshotRecord[]> {
  const latest = new Map<string, SnapshotRecord>();
  for (const s of await db.getAllFromIndex('snapshots', 'by-market', [platform, marketplace])) {
    const seen = latest.get(s.metric);
    if (!seen || s.readAt > seen.readAt) latest.set(s.metric, s);
  }
  return [...latest.values()];
}

export function allSnapshots(db: GuardDatabase): Promise<SnapshotRecord[]> {
  return db.getAll('snapshots');
}

/** The same figure read again only moves its read time forward; a new figure is a new record (history). */
export async function putSnapshot(store: SnapshotStore, snapshot: SnapshotRecord): Promise<void> {
  const same = await store.index('by-market').getAll([snapshot.platform, snapshot.marketplace]);
  const latest = same.filter((s) => s.metric === snapshot.metric).sort((a, b) => b.readAt - a.readAt)[0];
  const unchanged =
    latest &&
    latest.ratePercent === snapshot.ratePercent &&
    latest.counted === snapshot.counted &&
    latest.total === snapshot.total &&
    latest.windowDays === snapshot.windowDays &&
    // The level and the next evaluation the page states beside the figure are part of what it said.
    latest.level === snapshot.level &&
    latest.heldLevel === snapshot.heldLevel &&
    latest.nextEvaluationAt === snapshot.nextEvaluationAt;
  if (unchanged) {
    if (snapshot.readAt > latest.readAt) await store.put({ ...latest, readAt: snapshot.readAt });
    return;
  }
  await store.add(snapshot);
}

const identity = (s: Omit<SnapshotRecord, 'id'>) =>
  `${s.platform}|${s.marketplace}|${s.metric}|${s.readAt}|${s.ratePercent}`;

/** Imported figures, added when the same figure read at the same moment is absent. */
export async function importSnapshots(store: SnapshotStore, snapshots: Omit<SnapshotRecord, 'id'>[]): Promise<number> {
  const have = new Set((await store.getAll()).map(identity));
  let added = 0;
  for (const s of snapshots) {
    if (have.has(identity(s))) continue;
    have.add(identity(s));
    await store.add(s);
    added++;
  }
  return added;
}
