// The orders touched by one transaction that spans several stores (a page reading, an import, the
// retention clean-up): their day records loaded in as few requests as possible, changed in memory,
// written back once. Day records stay this module's and order-days.ts's business.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { OrderSeen } from '../core/types';
import type { OrderRecord } from '../messages/records';
import { dayOf, orderDayKey, placeOrder, positionsOf, removeOrder, type OrderDay } from './order-days';
import type { GuardDB } from './schema';

const DAY = 86_400_000;

/**
 * The first day whose record can already hold one of these orders. An order is first seen no earlier
 * than two days before the date it was placed (pages print local dates); an order with no plausible
 * date could be anywhere, so then every day is read ('').
 */
function firstPossibleDay(orders: OrderSeen[], now: number): string {
  let earliest = now;
  for (const o of orders) {
    if (o.orderedAt === undefined || o.orderedAt > now + DAY) return '';
    earliest = Math.min(earliest, o.orderedAt);
  }
  return dayOf(earliest - 2 * DAY);
}

export type DayStore = IDBPObjectStore<GuardDB, ArrayLike<StoreNames<GuardDB>>, 'order-days', 'readwrite'>;

export class OrderBook {
  private readonly days = new Map<string, OrderDay>();
  /** Order key → the key of the day record holding it, for every loaded day. */
  private readonly where = new Map<string, string>();
  private readonly dirty = new Set<string>();

  private constructor(private readonly store: DayStore) {}

  /** The day records that can hold the reading's orders (see firstPossibleDay): one request per marketplace. */
  static async forOrders(store: DayStore, orders: OrderSeen[], now: number): Promise<OrderBook> {
    const book = new OrderBook(store);
    const from = firstPossibleDay(orders, now);
    const markets = new Map(orders.map((o) => [`${o.platform}\u0000${o.marketplace}`, o]));
    const found = await Promise.all(
      [...markets.values()].map(({ platform, marketplace }) =>
        store.getAll(
          IDBKeyRange.bound(orderDayKey(platform, marketplace, from), orderDayKey(platform, marketplace, '\uffff')),
        ),
      ),
    );
    for (const day of found.flat()) book.adopt(day);
    return book;
  }

  /** An empty book that loads day records as orders are looked up (imports: a few orders from anywhere). */
  static lazy(store: DayStore): OrderBook {
    return new OrderBook(store);
  }

  private adopt(day: OrderDay): void {
    if (this.days.has(day.key)) return;
    this.days.set(day.key, day);
    for (const key of day.orderKeys) this.where.set(key, day.key);
  }

  /** The stored order, if its day record is loaded. */
  get(key: string): OrderRecord | undefined {
    const day = this.days.get(this.where.get(key) ?? '');
    const i = day ? positionsOf(day).get(key) : undefined;
    return i === undefined ? undefined : day!.orders[i];
  }

  /** The stored order, loading its day record first if need be. */
  async find(key: string): Promise<OrderRecord | undefined> {
    if (!this.where.has(key)) {
      const day = await this.store.index('by-order').get(key);
      if (day) this.adopt(day);
    }
    return this.get(key);
  }

  /**
   * Stores an order into the day of its first sighting, moving it there if that day changed (an
   * import can bring an earlier sighting). The target day must be loaded (`forOrders`) or looked up
   * (`find` of the same order), except for the day a new order is first seen today.
   */
  async put(order: OrderRecord): Promise<void> {
    const from = this.where.get(order.key);
    const target = orderDayKey(order.platform, order.marketplace, dayOf(order.firstSeenAt));
    if (from && from !== target) {
      removeOrder(this.days.get(from)!, order.key);
      this.dirty.add(from);
    }
    if (!this.days.has(target)) {
      const stored = await this.store.get(target);
      if (stored) this.adopt(stored);
    }
    this.dirty.add(placeOrder(this.days, order));
    this.where.set(order.key, target);
  }

  /** Writes every changed day record (an emptied one is deleted); the caller's transaction commits them. */
  write(): Promise<unknown>[] {
    return [...this.dirty].map((key) => {
      const day = this.days.get(key)!;
      return day.orders.length ? this.store.put(day) : this.store.delete(key);
    });
  }
}

/** Every stored order, inside the caller's transaction (the export). */
export async function allOrdersIn(store: Pick<DayStore, 'getAll'>): Promise<OrderRecord[]> {
  return (await store.getAll()).flatMap((d) => d.orders);
}

/** Deletes the orders not seen since `cutoff` (with the "order seen" they carry); returns how many went. */
export async function dropOrdersNotSeenSince(store: DayStore, cutoff: number): Promise<number> {
  const oldDays = await store.index('by-day').getAll(IDBKeyRange.upperBound(dayOf(cutoff), true));
  let gone = 0;
  const writes: Promise<unknown>[] = [];
  for (const day of oldDays) {
    const keep = day.orders.filter((o) => o.lastSeenAt >= cutoff);
    if (keep.length === day.orders.length) continue;
    gone += day.orders.length - keep.length;
    writes.push(
      keep.length ? store.put({ ...day, orders: keep, orderKeys: keep.map((o) => o.key) }) : store.delete(day.key),
    );
  }
  await Promise.all(writes);
  return gone;
}
