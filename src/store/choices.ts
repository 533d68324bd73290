// The situation the seller picked per order, remembered for the next time the popup opens.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ChoiceRecord } from '../messages/records';
import type { GuardDatabase } from './db';
import type { GuardDB } from './schema';

type ChoiceStore = IDBPObjectStore<GuardDB, ArrayLike<StoreNames<GuardDB>>, 'choices', 'readwrite'>;

export function getChoice(db: GuardDatabase, orderKey: string): Promise<ChoiceRecord | undefined> {
  return db.get('choices', orderKey);
}

export async function saveChoice(db: GuardDatabase, choice: ChoiceRecord): Promise<void> {
  await db.put('choices', choice);
}

/** Imported choices: the later one wins. */
export async function importChoices(store: ChoiceStore, choices: ChoiceRecord[]): Promise<number> {
  let added = 0;
  for (const c of choices) {
    const old = await store.get(c.orderKey);
    if (!old) added++;
    if (!old || c.updatedAt > old.updatedAt) await store.put(c);
  }
  return added;
}
