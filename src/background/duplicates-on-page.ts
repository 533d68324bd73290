// Possible duplicate orders among those on a list page (and the same buyers' stored orders).
import { shorten } from '../core/bidi';
import { findDuplicates } from '../core/duplicates';
import { said, type Said } from '../core/said';
import type { PageReadingOk } from '../core/types';
import type { GuardDatabase } from '../store/db';
import { marketOrders } from '../store/order-days';

export interface DuplicateFlag {
  orderIds: string[];
  /** What the flag beside each of these orders says (`duplicate.flag`: who, how many, within how long). */
  note: Said;
}

export async function duplicatesOnPage(
  db: GuardDatabase,
  reading: PageReadingOk,
  windowHours: number,
): Promise<DuplicateFlag[]> {
  const onPage = new Set(reading.orders.map((o) => o.id));
  const stored = (await marketOrders(db, reading.platform, reading.marketplace)).filter((o) => !onPage.has(o.id));
  return findDuplicates([...reading.orders, ...stored], windowHours)
    .filter((g) => g.orderIds.some((id) => onPage.has(id)))
    .slice(0, 100)
    .map((g) => ({
      orderIds: g.orderIds.slice(0, 50),
      note: said('duplicate.flag', { buyer: shorten(g.buyer, 120), count: g.orderIds.length, hours: windowHours }),
    }));
}
