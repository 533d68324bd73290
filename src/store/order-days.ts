// The orders' repository: the one module that knows how orders are stored. Orders first seen on
// one day in one marketplace share one record (`OrderDay`): IndexedDB costs about the same per
// record whatever its size, so the 500 orders read on one page are one write, not 500. Everything
// else in the store asks here for orders, by key, by marketplace or day by day (history).
import type { Platform } from '../core/types';
import type { EventRecord, OrderRecord } from '../messages/records';
import type { GuardDatabase } from './db';
import type { DayStore } from './order-book';

/** Key `${platform}:${marketplace}:${yyyy-mm-dd}` (UTC day of each order's firstSeenAt). */
export interface OrderDay {
  key: string;
  platform: Platform;
  marketplace: string;
  day: string;
  /** The keys of `orders`, for the multi-entry index that finds one order's day. */
  orderKeys: string[];
  orders: OrderRecord[];
}

export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const orderDayKey = (platform: string, marketplace: string, day: string): string =>
  `${platform}:${marketplace}:${day}`;

/** Where each order sits in its day's arrays, built once per day record (days hold hundreds of orders). */
const positions = new WeakMap<OrderDay, Map<string, number>>();

export function positionsOf(bucket: OrderDay): Map<string, number> {
  let map = positions.get(bucket);
  if (!map) {
    map = new Map(bucket.orderKeys.map((k, i) => [k, i]));
    positions.set(bucket, map);
  }
  return map;
}

/** Puts an order into its day (by firstSeenAt) among `days`, replacing an earlier copy in that day; returns the day's key. */
export function placeOrder(days: Map<string, OrderDay>, order: OrderRecord): string {
  const day = dayOf(order.firstSeenAt);
  const key = orderDayKey(order.platform, order.marketplace, day);
  const bucket = days.get(key) ?? {
    key,
    platform: order.platform,
    marketplace: order.marketplace,
    day,
    orderKeys: [],
    orders: [],
  };
  const at = positionsOf(bucket);
  const i = at.get(order.key);
  if (i !== undefined) bucket.orders[i] = order;
  else {
    at.set(order.key, bucket.orders.length);
    bucket.orderKeys.push(order.key);
    bucket.orders.push(order);
  }
  days.set(key, bucket);
  return key;
}

/** Takes an order out of its day record (when its first sighting moves to an earlier day). */
export function removeOrder(bucket: OrderDay, orderKey: string): void {
  const i = bucket.orderKeys.indexOf(orderKey);
  if (i < 0) return;
  bucket.orderKeys.splice(i, 1);
  bucket.orders.splice(i, 1);
  positions.delete(bucket);
}

export async function getOrder(db: GuardDatabase, key: string): Promise<OrderRecord | undefined> {
  const day = await db.getFromIndex('order-days', 'by-order', key);
  return day?.orders.find((o) => o.key === key);
}

export async function marketOrders(db: GuardDatabase, platform: Platform, marketplace: string): Promise<OrderRecord[]> {
  return (await db.getAllFromIndex('order-days', 'by-market', [platform, marketplace])).flatMap((d) => d.orders);
}

/** The key of every order kept, by one walk of the order index (no order is read). */
export async function orderKeysIn(store: Pick<DayStore, 'index'>): Promise<Set<string>> {
  const keys = new Set<string>();
  for (let cursor = await store.index('by-order').openKeyCursor(); cursor; cursor = await cursor.continue())
    keys.add(cursor.key);
  return keys;
}

/** One index entry per order: counted without reading a single order. */
export function countOrders(db: GuardDatabase): Promise<number> {
  return db.countFromIndex('order-days', 'by-order');
}

/** Changes one stored order in its own transaction; false when the order is not stored. */
export async function updateOrder(
  db: GuardDatabase,
  key: string,
  change: (order: OrderRecord) => OrderRecord,
): Promise<boolean> {
  const tx = db.transaction('order-days', 'readwrite');
  const day = await tx.store.index('by-order').get(key);
  const i = day ? positionsOf(day).get(key) : undefined;
  if (day && i !== undefined) {
    day.orders[i] = change(day.orders[i]!);
    await tx.store.put(day);
  }
  await tx.done;
  return i !== undefined;
}

/** The cancellation reason picked on the cancel page, kept on the order until its cancellation is seen. */
export function notePickedReason(db: GuardDatabase, key: string, reason: string, at: number): Promise<boolean> {
  return updateOrder(db, key, (order) => ({ ...order, cancelReasonPicked: { reason, at } }));
}

/**
 * Visits the orders day by day, newest day first, between two days (inclusive); `visit` returns
 * false to stop. The history reads only as many days as its window needs.
 */
export async function visitDaysNewestFirst(
  db: GuardDatabase,
  days: { from: string; to: string } | undefined,
  visit: (orders: OrderRecord[]) => boolean,
): Promise<void> {
  const tx = db.transaction('order-days');
  const range = days ? IDBKeyRange.bound(days.from, days.to) : undefined;
  for (let cursor = await tx.store.index('by-day').openCursor(range, 'prev'); cursor; cursor = await cursor.continue())
    if (!visit(cursor.value.orders)) break;
  await tx.done;
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
