// The situation the seller picked per order, remembered for the next time the popup opens.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { ChoiceRecord } from '../messages/records';
import type { GuardDatabase } from './db';
import { importNewer } from './import-newer';
import type { GuardDB } from './schema';

type ChoiceStore = IDBPObjectStore<GuardDB, ArrayLike<StoreNames<GuardDB>>, 'choices', 'readwrite'>;

export function getChoice(db: GuardDatabase, orderKey: string): Promise<ChoiceRecord | undefined> {
  return db.get('choices', orderKey);
}

export async function saveChoice(db: GuardDatabase, choice: ChoiceRecord): Promise<void> {
  await db.put('choices', choice);
}

/** Imported choices: the later one wins. */
export function importChoices(store: ChoiceStore, choices: ChoiceRecord[]): Promise<number> {
  return importNewer(store, choices, (c) => c.orderKey);
}
