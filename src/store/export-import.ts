// Export everything; import it back, merging without duplicates, in one transaction: a broken or
// refused file changes nothing.
import { abortQuietly, type GuardDatabase } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION, parseExport, type ExportData } from './export-format';
import { seenEvent } from './order-days';
import {
  dayOf,
  orderDayKey,
  placeOrder,
  removeOrder,
  type ChoiceRecord,
  type CustomTemplate,
  type DraftRecord,
  type EventRecord,
  type OrderDay,
  type OrderRecord,
  type SnapshotRecord,
} from './schema';

const STORES = ['order-days', 'snapshots', 'events', 'drafts', 'choices', 'templates', 'settings'] as const;

/** The file keeps the documented shape: one record per order, and every order's "order seen" event among the events. */
export async function exportAll(db: GuardDatabase, now: number): Promise<ExportData> {
  const tx = db.transaction([...STORES], 'readonly');
  const [days, snapshots, events, drafts, choices, templates, settings] = await Promise.all(
    STORES.map((s) => tx.objectStore(s).getAll()),
  );
  await tx.done;
  const orders = (days as OrderDay[]).flatMap((d) => d.orders);
  const stored = new Set((events as EventRecord[]).map((e) => e.id));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    orders,
    snapshots: (snapshots as SnapshotRecord[]).map(({ id: _id, ...s }) => s),
    events: [...(events as EventRecord[]), ...orders.map(seenEvent).filter((e) => !stored.has(e.id))],
    drafts: drafts!,
    choices: choices!,
    templates: templates!,
    settings: settings!,
  } as ExportData;
}

export interface ImportResult {
  added: Record<'orders' | 'snapshots' | 'events' | 'drafts' | 'choices' | 'templates' | 'settings', number>;
}

const snapshotId = (s: {
  platform: string;
  marketplace: string;
  metric: string;
  readAt: number;
  ratePercent: number;
}) => `${s.platform}|${s.marketplace}|${s.metric}|${s.readAt}|${s.ratePercent}`;

export async function importAll(db: GuardDatabase, input: unknown): Promise<ImportResult> {
  const data = parseExport(input);
  const added = { orders: 0, snapshots: 0, events: 0, drafts: 0, choices: 0, templates: 0, settings: 0 };
  const tx = db.transaction([...STORES], 'readwrite');
  try {
    const dayStore = tx.objectStore('order-days');
    // Files written before orders kept their first sighting carry it as "order seen" events.
    const seenInFile = new Map(
      (data.events as unknown as EventRecord[]).filter((e) => e.kind === 'order-seen').map((e) => [e.orderKey, e]),
    );
    const days = new Map<string, OrderDay>();
    const dayOfOrder = new Map<string, string>();
    const loadDay = async (key: string) => {
      if (!days.has(key)) {
        const d = await dayStore.get(key);
        if (d) days.set(key, d);
      }
      return days.get(key);
    };
    for (const o of data.orders as unknown as OrderRecord[]) {
      const where = dayOfOrder.get(o.key) ?? ((await dayStore.index('by-order').getKey(o.key)) as string | undefined);
      const current = where ? await loadDay(where) : undefined;
      const old = current?.orders.find((x) => x.key === o.key);
      // A new order brings its "order seen" event with it.
      if (!old) {
        added.orders++;
        added.events++;
      }
      // The newer reading wins; the first sighting stays the earliest.
      const newer = !old || o.lastSeenAt > old.lastSeenAt ? o : old;
      const first = old && old.firstSeenAt <= o.firstSeenAt ? old : o;
      const fromFile = seenInFile.get(o.key);
      const next = {
        ...newer,
        firstSeenAt: first.firstSeenAt,
        firstSourceUrl: first.firstSourceUrl ?? fromFile?.sourceUrl ?? first.sourceUrl,
        firstStatus: first.firstStatus ?? fromFile?.detail ?? first.status,
      };
      const target = orderDayKey(next.platform, next.marketplace, dayOf(next.firstSeenAt));
      if (current && current.key !== target) removeOrder(current, o.key);
      await loadDay(target);
      dayOfOrder.set(o.key, placeOrder(days, next));
    }
    for (const d of days.values()) await (d.orders.length ? dayStore.put(d) : dayStore.delete(d.key));
    const snapshots = tx.objectStore('snapshots');
    const have = new Set((await snapshots.getAll()).map(snapshotId));
    for (const s of data.snapshots as unknown as SnapshotRecord[]) {
      if (have.has(snapshotId(s))) continue;
      have.add(snapshotId(s));
      await snapshots.add(s);
      added.snapshots++;
    }
    const events = tx.objectStore('events');
    for (const e of data.events as unknown as EventRecord[]) {
      // An order's "order seen" is kept on the order; only one for an order we do not have stays an event.
      if (
        e.kind === 'order-seen' &&
        (dayOfOrder.has(e.orderKey) || (await dayStore.index('by-order').getKey(e.orderKey)))
      )
        continue;
      if (await events.getKey(e.id)) continue;
      await events.add(e);
      added.events++;
    }
    const drafts = tx.objectStore('drafts');
    for (const d of data.drafts as unknown as DraftRecord[]) {
      const old = await drafts.get(d.key);
      if (!old) added.drafts++;
      const newer = !old || d.updatedAt > old.updatedAt ? d : old;
      const uses = new Map([...(old?.uses ?? []), ...d.uses].map((u) => [`${u.at}|${u.how}`, u]));
      await drafts.put({ ...newer, uses: [...uses.values()].sort((a, b) => a.at - b.at).slice(-20) });
    }
    for (const c of data.choices as unknown as ChoiceRecord[]) {
      const old = await tx.objectStore('choices').get(c.orderKey);
      if (!old) added.choices++;
      if (!old || c.updatedAt > old.updatedAt) await tx.objectStore('choices').put(c);
    }
    for (const t of data.templates as unknown as CustomTemplate[]) {
      const old = await tx.objectStore('templates').get(t.id);
      if (!old) added.templates++;
      if (!old || t.updatedAt > old.updatedAt) await tx.objectStore('templates').put(t);
    }
    // Settings here win: an import adds what this browser has not set yet.
    for (const s of data.settings) {
      if (await tx.objectStore('settings').getKey(s.key)) continue;
      await tx.objectStore('settings').put({ key: s.key, value: s.value });
      added.settings++;
    }
    await tx.done;
    return { added };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}
