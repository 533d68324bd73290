// Export everything; import it back, merging without duplicates, in one transaction: a broken or
// refused file changes nothing.
import { abortQuietly, type GuardDatabase } from './db';
import { EXPORT_FORMAT, EXPORT_VERSION, parseExport, type ExportData } from './export-format';
import type { ChoiceRecord, CustomTemplate, DraftRecord, EventRecord, OrderRecord, SnapshotRecord } from './schema';

const STORES = ['orders', 'snapshots', 'events', 'drafts', 'choices', 'templates', 'settings'] as const;

export async function exportAll(db: GuardDatabase, now: number): Promise<ExportData> {
  const tx = db.transaction([...STORES], 'readonly');
  const [orders, snapshots, events, drafts, choices, templates, settings] = await Promise.all(STORES.map((s) => tx.objectStore(s).getAll()));
  await tx.done;
  return {
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(now).toISOString(),
    orders: orders!, snapshots: (snapshots as SnapshotRecord[]).map(({ id: _id, ...s }) => s), events: events!, drafts: drafts!,
    choices: choices!, templates: templates!, settings: settings!,
  } as ExportData;
}

export interface ImportResult {
  added: Record<(typeof STORES)[number], number>;
}

const snapshotId = (s: { platform: string; marketplace: string; metric: string; readAt: number; ratePercent: number }) =>
  `${s.platform}|${s.marketplace}|${s.metric}|${s.readAt}|${s.ratePercent}`;

export async function importAll(db: GuardDatabase, input: unknown): Promise<ImportResult> {
  const data = parseExport(input);
  const added = { orders: 0, snapshots: 0, events: 0, drafts: 0, choices: 0, templates: 0, settings: 0 };
  const tx = db.transaction([...STORES], 'readwrite');
  try {
    const orders = tx.objectStore('orders');
    for (const o of data.orders as unknown as OrderRecord[]) {
      const old = await orders.get(o.key);
      if (!old) added.orders++;
      // The newer reading wins; the first sighting stays the earliest.
      const newer = !old || o.lastSeenAt > old.lastSeenAt ? o : old;
      await orders.put({ ...newer, firstSeenAt: Math.min(o.firstSeenAt, old?.firstSeenAt ?? Infinity) });
    }
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
