// Export everything; import it back, merging without duplicates, in one transaction: a broken or
// refused file changes nothing. Each store's merge rule lives with its repository.
import type { EventRecord, ExportData, ImportCounts, OrderRecord } from '../messages/records';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../messages/records';
import { importChoices } from './choices';
import { importTemplates } from './custom-templates';
import { abortQuietly, type GuardDatabase } from './db';
import { importDrafts } from './drafts';
import { importEvents } from './events';
import { parseExport } from './import-checks';
import { allOrdersIn, OrderBook } from './order-book';
import { orderKeysIn, seenEvent } from './order-days';
import { importSettings } from './settings';
import { importSnapshots } from './snapshots';

const STORES = ['order-days', 'snapshots', 'events', 'drafts', 'choices', 'templates', 'settings'] as const;

/** The file keeps the documented shape: one record per order, and every order's "order seen" event among the events. */
export async function exportAll(db: GuardDatabase, now: number): Promise<ExportData> {
  const tx = db.transaction([...STORES], 'readonly');
  const [orders, snapshots, events, drafts, choices, templates, settings] = await Promise.all([
    allOrdersIn(tx.objectStore('order-days')),
    tx.objectStore('snapshots').getAll(),
    tx.objectStore('events').getAll(),
    tx.objectStore('drafts').getAll(),
    tx.objectStore('choices').getAll(),
    tx.objectStore('templates').getAll(),
    tx.objectStore('settings').getAll(),
  ]);
  await tx.done;
  const stored = new Set(events.map((e) => e.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    orders,
    snapshots: snapshots.map(({ id: _id, ...s }) => s),
    events: [...events, ...orders.map(seenEvent).filter((e) => !stored.has(e.id))],
    drafts,
    choices,
    templates,
    settings,
  };
}

/**
 * Imported orders: the newer reading wins; the first sighting stays the earliest (files written
 * before orders kept their first sighting carry it as "order seen" events).
 */
async function importOrders(book: OrderBook, orders: OrderRecord[], events: EventRecord[]): Promise<number> {
  const seenInFile = new Map(events.filter((e) => e.kind === 'order-seen').map((e) => [e.orderKey, e]));
  let added = 0;
  for (const o of orders) {
    const old = await book.find(o.key);
    if (!old) added++;
    const newer = !old || o.lastSeenAt > old.lastSeenAt ? o : old;
    const first = old && old.firstSeenAt <= o.firstSeenAt ? old : o;
    const fromFile = seenInFile.get(o.key);
    await book.put({
      ...newer,
      firstSeenAt: first.firstSeenAt,
      firstSourceUrl: first.firstSourceUrl ?? fromFile?.sourceUrl ?? first.sourceUrl,
      firstStatus: first.firstStatus ?? fromFile?.detail ?? first.status,
    });
  }
  return added;
}

export async function importAll(db: GuardDatabase, input: unknown, now: number): Promise<{ added: ImportCounts }> {
  const data = parseExport(input, now);
  const tx = db.transaction([...STORES], 'readwrite');
  try {
    const book = OrderBook.lazy(tx.objectStore('order-days'));
    const orders = await importOrders(book, data.orders, data.events);
    await Promise.all(book.write());
    // Every order kept, this file's included (written above, in this transaction): one walk of the
    // index, where a look-up per imported "order seen" cost a round trip each.
    const storedOrders = await orderKeysIn(tx.objectStore('order-days'));
    const events = await importEvents(tx.objectStore('events'), data.events, (key) => storedOrders.has(key));
    const added: ImportCounts = {
      orders,
      snapshots: await importSnapshots(tx.objectStore('snapshots'), data.snapshots),
      // A new order brings its "order seen" event with it.
      events: events + orders,
      drafts: await importDrafts(tx.objectStore('drafts'), data.drafts),
      choices: await importChoices(tx.objectStore('choices'), data.choices),
      templates: await importTemplates(tx.objectStore('templates'), data.templates),
      settings: await importSettings(tx.objectStore('settings'), data.settings),
    };
    await tx.done;
    return { added };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
