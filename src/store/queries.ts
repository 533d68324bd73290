// Read-side queries the background needs to answer the guard.
import type { Platform } from '../core/types';
import type { GuardCancellation, GuardOrder } from '../core/guard-input';
import type { GuardDatabase } from './db';
import { countOrders, marketOrders } from './order-days';
import type { SnapshotRecord } from './schema';

export { getOrder } from './order-days';

export async function latestSnapshot(
  db: GuardDatabase,
  platform: Platform,
  marketplace: string,
): Promise<SnapshotRecord | undefined> {
  const all = (await db.getAllFromIndex('snapshots', 'by-market', [platform, marketplace])).filter(
    (s) => s.metric === 'cancellation-rate',
  );
  return all.reduce<SnapshotRecord | undefined>(
    (latest, s) => (!latest || s.readAt > latest.readAt ? s : latest),
    undefined,
  );
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
      .map((e) => ({ orderId: e.orderId, cancelledAt: e.at, orderedAt: e.orderedAt, counted: e.counted ?? true })),
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
