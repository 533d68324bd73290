// The merge rule of the stores whose records carry their last edit: on import, a record this
// browser lacks is added, and one it has is replaced only by a later edit.

interface Keyed<T> {
  get(key: string): Promise<T | undefined>;
  put(record: T): Promise<unknown>;
}

/** Returns how many records were new. */
export async function importNewer<T extends { updatedAt: number }>(
  store: Keyed<T>,
  records: T[],
  keyOf: (record: T) => string,
): Promise<number> {
  let added = 0;
  for (const record of records) {
    const old = await store.get(keyOf(record));
    if (!old) added++;
    if (!old || record.updatedAt > old.updatedAt) await store.put(record);
  }
  return added;
}
