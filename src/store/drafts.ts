// Message drafts per order and action, with the history of their use. Each change is one transaction.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { DraftRecord, DraftUse } from '../messages/records';
import type { GuardDatabase } from './db';
import { draftUsedEvent } from './events';
import { OrderBook } from './order-book';
import type { GuardDB } from './schema';

type DraftStore = IDBPObjectStore<GuardDB, ArrayLike<StoreNames<GuardDB>>, 'drafts', 'readwrite'>;

/** A draft keeps its last 20 uses: the history of what was sent, not an archive. */
const KEPT_USES = 20;

export const draftKey = (orderKey: string, action: string) => `${orderKey}|${action}`;

export function getDraft(db: GuardDatabase, orderKey: string, action: string): Promise<DraftRecord | undefined> {
  return db.get('drafts', draftKey(orderKey, action));
}

export async function saveDraft(db: GuardDatabase, d: Omit<DraftRecord, 'key' | 'uses'>): Promise<DraftRecord> {
  const tx = db.transaction('drafts', 'readwrite');
  const key = draftKey(d.orderKey, d.action);
  const old = await tx.store.get(key);
  const record: DraftRecord = { ...d, key, uses: old?.uses ?? [] };
  await tx.store.put(record);
  await tx.done;
  return record;
}

/** A draft inserted or copied: kept on the draft and in the event log, in one transaction. */
export async function recordDraftUse(
  db: GuardDatabase,
  orderKey: string,
  action: string,
  use: DraftUse,
): Promise<void> {
  const tx = db.transaction(['drafts', 'order-days', 'events'], 'readwrite');
  const drafts = tx.objectStore('drafts');
  const [old, order] = await Promise.all([
    drafts.get(draftKey(orderKey, action)),
    OrderBook.lazy(tx.objectStore('order-days')).find(orderKey),
  ]);
  if (old) await drafts.put({ ...old, uses: [...old.uses, use].slice(-KEPT_USES) });
  if (order) await tx.objectStore('events').put(draftUsedEvent(order, action, use));
  await tx.done;
}

/** Imported drafts: the later edit wins; the use histories are joined. */
export async function importDrafts(store: DraftStore, drafts: DraftRecord[]): Promise<number> {
  let added = 0;
  for (const d of drafts) {
    const old = await store.get(d.key);
    if (!old) added++;
    const newer = !old || d.updatedAt > old.updatedAt ? d : old;
    const uses = new Map([...(old?.uses ?? []), ...d.uses].map((u) => [`${u.at}|${u.how}`, u]));
    await store.put({ ...newer, uses: [...uses.values()].sort((a, b) => a.at - b.at).slice(-KEPT_USES) });
  }
  return added;
}
