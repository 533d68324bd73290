// A page that lists one order twice (a row and its expanded copy, a re-render caught halfway) is
// one order: the two listings are merged, each filling in what the other lacks. Where both state
// something and disagree, one of them was misread and neither can be believed: that order is left
// out of the reading (and logged), the rest of the page is kept.
import type { OrderSeen } from '../core/types';

/** Values that say "not known": the other listing's value fills them. */
const unknown = (value: unknown): boolean =>
  value === undefined || value === 'unknown' || (Array.isArray(value) && value.length === 0);

function mergeTwo(a: OrderSeen, b: OrderSeen): OrderSeen | undefined {
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (unknown(value)) continue;
    if (unknown(out[key])) out[key] = value;
    else if (JSON.stringify(out[key]) !== JSON.stringify(value)) return undefined;
  }
  return out as unknown as OrderSeen;
}

export function mergeRepeatedOrders(orders: OrderSeen[]): { orders: OrderSeen[]; dropped: string[] } {
  const byId = new Map<string, OrderSeen>();
  const conflicting = new Set<string>();
  for (const order of orders) {
    const earlier = byId.get(order.id);
    const merged = earlier ? mergeTwo(earlier, order) : order;
    if (merged) byId.set(order.id, merged);
    else conflicting.add(order.id);
  }
  if (byId.size === orders.length) return { orders, dropped: [] };
  return { orders: [...byId.values()].filter((o) => !conflicting.has(o.id)), dropped: [...conflicting] };
}
