// Possible duplicate orders among those on a list page (and the same buyers' stored orders).
import { findDuplicates } from '../core/duplicates';
import type { PageReadingOk } from '../core/types';
import type { GuardDatabase } from '../store/db';
import { marketOrders } from '../store/order-days';

export interface DuplicateFlag {
  orderIds: string[];
  text: string;
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
      text: `Possible duplicate: ${g.buyer} placed ${g.orderIds.length} orders for the same item within ${windowHours} h.`.slice(
        0,
        300,
      ),
    }));
}
