// What the background asks of the store as a whole: the guard's inputs, how much is kept, and
// deleting everything.
import type { GuardCancellation, GuardOrder } from '../core/guard-input';
import type { Platform } from '../core/types';
import type { StoreCounts } from '../messages/records';
import type { GuardDatabase } from './db';
import { cancellationsIn } from './events';
import { countOrders, marketOrders } from './order-days';

export interface GuardData {
  orders: GuardOrder[];
  cancellations: GuardCancellation[];
}

export async function guardData(db: GuardDatabase, platform: Platform, marketplace: string): Promise<GuardData> {
  const [orders, cancellations] = await Promise.all([
    marketOrders(db, platform, marketplace),
    cancellationsIn(db, platform, marketplace),
  ]);
  return {
    orders: orders.map((o) => ({ id: o.id, orderedAt: o.orderedAt, fulfilment: o.fulfilment })),
    cancellations: cancellations.map((e) => ({
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
export async function storeSummary(db: GuardDatabase): Promise<StoreCounts> {
  const [orders, snapshots, events] = await Promise.all([countOrders(db), db.count('snapshots'), db.count('events')]);
  return { orders, snapshots, events: events + orders };
}

export async function clearAll(db: GuardDatabase): Promise<void> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readwrite');
  await Promise.all(names.map((n) => tx.objectStore(n).clear()));
  await tx.done;
}
