// Reads of the orders, which are stored per day first seen (schema.ts `OrderDay`): one order by its
// key, one marketplace's orders, all of them, how many there are, and each order's "order seen" event.
import type { OrderSeen, Platform } from '../core/types';
import type { GuardDatabase } from './db';
import { dayOf, type EventRecord, type OrderRecord } from './schema';

export async function getOrder(db: GuardDatabase, key: string): Promise<OrderRecord | undefined> {
  const day = await db.getFromIndex('order-days', 'by-order', key);
  return day?.orders.find((o) => o.key === key);
}

export async function marketOrders(db: GuardDatabase, platform: Platform, marketplace: string): Promise<OrderRecord[]> {
  return (await db.getAllFromIndex('order-days', 'by-market', [platform, marketplace])).flatMap((d) => d.orders);
}

export async function allOrders(db: GuardDatabase): Promise<OrderRecord[]> {
  return (await db.getAll('order-days')).flatMap((d) => d.orders);
}

/** One index entry per order: counted without reading a single order. */
export function countOrders(db: GuardDatabase): Promise<number> {
  return db.countFromIndex('order-days', 'by-order');
}

const DAY = 86_400_000;

/**
 * The first day whose record can already hold one of these orders. An order is first seen no earlier
 * than two days before the date it was placed (pages print local dates); an order with no plausible
 * date could be anywhere, so then every day is read ('').
 */
export function firstPossibleDay(orders: OrderSeen[], now: number): string {
  let earliest = now;
  for (const o of orders) {
    if (o.orderedAt === undefined || o.orderedAt > now + DAY) return '';
    earliest = Math.min(earliest, o.orderedAt);
  }
  return dayOf(earliest - 2 * DAY);
}

/** The order's "order seen" event, made from what the order keeps of its first sighting. */
export function seenEvent(order: OrderRecord): EventRecord {
  return {
    id: `${order.key}:seen`,
    kind: 'order-seen',
    platform: order.platform,
    marketplace: order.marketplace,
    orderKey: order.key,
    orderId: order.id,
    at: order.firstSeenAt,
    sourceUrl: order.firstSourceUrl ?? order.sourceUrl,
    detail: order.firstStatus ?? order.status,
    orderedAt: order.orderedAt,
    buyer: order.buyerName,
  };
}
