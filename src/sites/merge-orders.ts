// A page may list one order twice (a row repeated by a re-render, an order in two sections of the
// page state). The reading keeps one entry per order: what both say is kept, what they disagree on
// becomes unknown (a status `unknown`, a fact left out) rather than either guess. A buyer request or
// dispute that only one entry shows is left out too: without it, a cancellation counts, which is
// the side that warns.
import type { OrderSeen } from '../core/types';

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function mergeTwo(a: OrderSeen, b: OrderSeen): OrderSeen {
  const merged: Record<string, unknown> = { ...a };
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof OrderSeen>) {
    if (same(a[key], b[key])) continue;
    if (key === 'status' || key === 'fulfilment') merged[key] = 'unknown';
    else if (key === 'items') merged[key] = a.items.length >= b.items.length ? a.items : b.items;
    else delete merged[key];
  }
  return merged as unknown as OrderSeen;
}

export function mergeOrders(orders: OrderSeen[]): OrderSeen[] {
  const byId = new Map<string, OrderSeen>();
  for (const order of orders) {
    const seen = byId.get(order.id);
    byId.set(order.id, seen ? mergeTwo(seen, order) : order);
  }
  return byId.size === orders.length ? orders : [...byId.values()];
}
