// Read-side queries the background needs to answer the guard.
import type { Platform } from '../core/types';
import type { GuardCancellation, GuardOrder } from '../core/guard-input';
import type { GuardDatabase } from './db';
import type { OrderRecord, SnapshotRecord } from './schema';

export async function latestSnapshot(db: GuardDatabase, platform: Platform, marketplace: string): Promise<SnapshotRecord | undefined> {
  const all = (await db.getAllFromIndex('snapshots', 'by-market', [platform, marketplace])).filter((s) => s.metric === 'cancellation-rate');
  return all.reduce<SnapshotRecord | undefined>((latest, s) => (!latest || s.readAt > latest.readAt ? s : latest), undefined);
}

export interface GuardData {
  orders: GuardOrder[];
  cancellations: GuardCancellation[];
}

export async function guardData(db: GuardDatabase, platform: Platform, marketplace: string): Promise<GuardData> {
  const tx = db.transaction(['orders', 'events'], 'readonly');
  const orders = (await tx.objectStore('orders').index('by-platform').getAll(platform)).filter((o) => o.marketplace === marketplace);
  const events = await tx.objectStore('events').index('by-kind').getAll('cancellation');
  await tx.done;
  return {
    orders: orders.map((o) => ({ id: o.id, orderedAt: o.orderedAt, fulfilment: o.fulfilment })),
    cancellations: events
      .filter((e) => e.platform === platform && e.marketplace === marketplace)
      .map((e) => ({ orderId: e.orderId, cancelledAt: e.at, orderedAt: e.orderedAt, counted: e.counted ?? true })),
  };
}

export function getOrder(db: GuardDatabase, key: string): Promise<OrderRecord | undefined> {
  return db.get('orders', key);
}

export async function storeSummary(db: GuardDatabase): Promise<Record<'orders' | 'snapshots' | 'events', number>> {
  return { orders: await db.count('orders'), snapshots: await db.count('snapshots'), events: await db.count('events') };
}

export async function clearAll(db: GuardDatabase): Promise<void> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readwrite');
  await Promise.all(names.map((n) => tx.objectStore(n).clear()));
  await tx.done;
}
