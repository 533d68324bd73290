// Duplicate orders: the same buyer ordering the same item again within a short time (the
// 89-year-old buyer's four calendars). Grouped so the seller sees them together, oldest first.
import type { OrderSeen } from './types';

export interface DuplicateGroup {
  buyer: string;
  item: string;
  orderIds: string[];
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function buyerKey(o: OrderSeen): string | undefined {
  return o.buyerId ? `id:${o.buyerId}` : o.buyerName ? `name:${norm(o.buyerName)}` : undefined;
}

function itemKeys(o: OrderSeen): string[] {
  return o.items.map((i) => (i.asin ? `asin:${i.asin}` : i.sku ? `sku:${norm(i.sku)}` : `title:${norm(i.title)}`));
}

/** Groups of two or more open orders, same buyer and same item, each within `windowHours` of the previous. */
export function findDuplicates(orders: OrderSeen[], windowHours = 72): DuplicateGroup[] {
  const windowMs = windowHours * 3_600_000;
  const byKey = new Map<string, OrderSeen[]>();
  for (const o of orders) {
    const buyer = buyerKey(o);
    if (!buyer || o.orderedAt === undefined || o.status === 'cancelled') continue;
    for (const item of new Set(itemKeys(o))) {
      const key = `${buyer}|${item}`;
      byKey.set(key, [...(byKey.get(key) ?? []), o]);
    }
  }
  const groups: DuplicateGroup[] = [];
  for (const [key, list] of byKey) {
    const sorted = [...new Map(list.map((o) => [o.id, o])).values()].sort((a, b) => a.orderedAt! - b.orderedAt!);
    let run: OrderSeen[] = [];
    const flush = () => {
      if (run.length > 1)
        groups.push({
          buyer: run[0]!.buyerName ?? key.split('|')[0]!,
          item: key.split('|')[1]!,
          orderIds: run.map((o) => o.id),
        });
    };
    for (const o of sorted) {
      if (run.length && o.orderedAt! - run[run.length - 1]!.orderedAt! > windowMs) {
        flush();
        run = [];
      }
      run.push(o);
    }
    flush();
  }
  return groups;
}
