// Every unit test gets a fresh in-memory browser API and IndexedDB.
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
});
