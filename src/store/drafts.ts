// Drafts per order and action, and the situation picked per order. Each change is one transaction.
import type { GuardDatabase } from './db';
import type { ChoiceRecord, DraftRecord, DraftUse } from './schema';

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

/** Keeps the last 20 uses per draft: the history of what was sent, not an archive. */
export async function recordDraftUse(db: GuardDatabase, orderKey: string, action: string, use: DraftUse): Promise<void> {
  const tx = db.transaction('drafts', 'readwrite');
  const old = await tx.store.get(draftKey(orderKey, action));
  if (old) await tx.store.put({ ...old, uses: [...old.uses, use].slice(-20) });
  await tx.done;
}

export function draftsForOrder(db: GuardDatabase, orderKey: string): Promise<DraftRecord[]> {
  return db.getAllFromIndex('drafts', 'by-order', orderKey);
}

export function getChoice(db: GuardDatabase, orderKey: string): Promise<ChoiceRecord | undefined> {
  return db.get('choices', orderKey);
}

export async function saveChoice(db: GuardDatabase, choice: ChoiceRecord): Promise<void> {
  await db.put('choices', choice);
}
