// The seller's own templates: add, edit, delete, list per platform.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Platform } from '../core/types';
import type { CustomTemplate } from '../messages/records';
import type { GuardDatabase } from './db';
import { importNewer } from './import-newer';
import type { GuardDB } from './schema';

type TemplateStore = IDBPObjectStore<GuardDB, ArrayLike<StoreNames<GuardDB>>, 'templates', 'readwrite'>;

export function listTemplates(db: GuardDatabase, platform?: Platform): Promise<CustomTemplate[]> {
  return platform ? db.getAllFromIndex('templates', 'by-platform', platform) : db.getAll('templates');
}

export async function saveTemplate(
  db: GuardDatabase,
  t: Omit<CustomTemplate, 'id'> & { id?: string },
): Promise<CustomTemplate> {
  const record: CustomTemplate = { ...t, id: t.id ?? crypto.randomUUID() };
  await db.put('templates', record);
  return record;
}

export function deleteTemplate(db: GuardDatabase, id: string): Promise<void> {
  return db.delete('templates', id);
}

/** Imported templates: the later edit wins. */
export function importTemplates(store: TemplateStore, templates: CustomTemplate[]): Promise<number> {
  return importNewer(store, templates, (t) => t.id);
}
