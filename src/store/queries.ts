// Read-side queries the background needs to answer the guard.
import type { Platform } from '../core/types';
import type { GuardCancellation, GuardOrder } from '../core/guard-input';
import type { GuardDatabase } from './db';
import { countOrders, marketOrders } from './order-days';
import type { SnapshotRecord } from './schema';

export { getOrder } from './order-days';

/** The latest figure of each metric the platform showed for a marketplace (the guard reads several). */
export async function latestSnapshots(
  db: GuardDatabase,
  platform: Platform,
  marketplace: string,
): Promise<SnapshotRecord[]> {
  const latest = new Map<string, SnapshotRecord>();
  for (const s of await db.getAllFromIndex('snapshots', 'by-market', [platform, marketplace])) {
    const seen = latest.get(s.metric);
    if (!seen || s.readAt > seen.readAt) latest.set(s.metric, s);
  }
  return [...latest.values()];
}

export interface GuardData {
  orders: GuardOrder[];
  cancellations: GuardCancellation[];
}

export async function guardData(db: GuardDatabase, platform: Platform, marketplace: string): Promise<GuardData> {
  const [orders, events] = await Promise.all([
    marketOrders(db, platform, marketplace),
    db.getAllFromIndex('events', 'by-kind', 'cancellation'),
  ]);
  return {
    orders: orders.map((o) => ({ id: o.id, orderedAt: o.orderedAt, fulfilment: o.fulfilment })),
    cancellations: events
      .filter((e) => e.platform === platform && e.marketplace === marketplace)
      .map((e) => ({
        orderId: e.orderId,
        cancelledAt: e.at,
        orderedAt: e.orderedAt,
        counted: e.counted ?? true,
        // eBay counts defects from different buyers; a buyer not on record is taken as a new one.
        ...(e.buyer ? { buyer: e.buyer } : {}),
      })),
  };
}

/** How much is kept. Each order's "order seen" event lives on the order, so it counts as an event too. */
export async function storeSummary(db: GuardDatabase): Promise<Record<'orders' | 'snapshots' | 'events', number>> {
  const [orders, snapshots, events] = await Promise.all([countOrders(db), db.count('snapshots'), db.count('events')]);
  return { orders, snapshots, events: events + orders };
}

export async function clearAll(db: GuardDatabase): Promise<void> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readwrite');
  await Promise.all(names.map((n) => tx.objectStore(n).clear()));
  await tx.done;
}
