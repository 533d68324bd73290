// The seller's own templates: add, edit, delete, list per platform.
import type { Platform } from '../core/types';
import type { GuardDatabase } from './db';
import type { CustomTemplate } from './schema';

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
