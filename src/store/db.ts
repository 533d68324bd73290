// Opens the database at the current version, running each pending migration step in order.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_VERSION, MIGRATIONS, type GuardDB } from './schema';

export const DB_NAME = 'seller-guard';

export type GuardDatabase = IDBPDatabase<GuardDB>;

export class StorageError extends Error {
  override name = 'StorageError';
  /** The disk is full: the seller is told how to make room (the banner words it from this flag). */
  full = false;
}

export const isStorageFull = (error: unknown): boolean => error instanceof StorageError && error.full;

/** What the seller reads when a write fails: a full disk gets its own words and what to do. */
export function storageFailure(what: string, error: unknown): StorageError {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'QuotaExceededError') {
    const full = new StorageError(
      `${what}: this computer's storage for Seller Guard is full. Free some disk space, or delete old records in Seller Guard's options (Records).`,
    );
    full.full = true;
    return full;
  }
  return new StorageError(`${what}: ${(error as Error | undefined)?.message ?? String(error)}`);
}

export async function openStore(name = DB_NAME, version = DB_VERSION): Promise<GuardDatabase> {
  try {
    return await openDB<GuardDB>(name, version, {
      upgrade(db, oldVersion, newVersion, tx) {
        for (let step = oldVersion; step < (newVersion ?? version); step++) MIGRATIONS[step]!(db, tx);
      },
      blocked() {
        // Another extension page holds an older version open; it closes on its own `versionchange`.
      },
    });
  } catch (error) {
    throw new StorageError(`Couldn't open the local database: ${(error as Error).message}`);
  }
}

let shared: Promise<GuardDatabase> | undefined;

/** One connection per context; reopened after a failure instead of caching the rejection. */
export function store(): Promise<GuardDatabase> {
  shared ??= openStore().then(
    (db) => {
      db.addEventListener('versionchange', () => {
        db.close();
        shared = undefined;
      });
      return db;
    },
    (error: unknown) => {
      shared = undefined;
      throw error;
    },
  );
  return shared;
}

/**
 * Aborts a transaction after a request threw (rather than failed): such a throw does not abort it by
 * itself, and its earlier writes would commit. Its `done` rejection belongs to that error, so it is quieted.
 */
export function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  try {
    tx.abort();
  } catch {
    /* already finished or aborted */
  }
  tx.done.catch(() => undefined);
}

export function orderKey(platform: string, id: string): string {
  return `${platform}:${id}`;
}
