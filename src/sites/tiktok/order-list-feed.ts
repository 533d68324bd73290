// The background's half of Manage orders (issue #17): the page reads its rows only (./pages.ts rowsPage)
// and sends the centre's order/list answer as it received it; the orders are built here, away from
// the seller's page, exactly as the guard's whole reader builds them there (./read-order-list.ts).
// Whatever that reader would decide from more than the rows and this answer goes back to it: an
// answer that does not know every row, rows still being drawn, a total the row contradicts, and
// deadlines within a day, which TikTok's own Action Needed count (another answer, on the page) bounds.
import type { PageReadingOk } from '../../core/types';
import { cancellingWithinADay } from './action-needed';
import { fromAnswer } from './list-answer';
import { ordersOfAnswer } from './order-json';
import { rowOfSeen } from './row-seen';
import { toOrderSeen } from './to-order-seen';

/** The rows completed from the answer; undefined when the page's whole reader must decide. */
export function completeFromOrderList(
  reading: PageReadingOk,
  body: unknown,
  now: number = Date.now(),
): PageReadingOk | undefined {
  const answer = ordersOfAnswer(body, 'main_orders');
  if (!Array.isArray(answer)) return undefined;
  const completed = fromAnswer(answer, reading.orders.map(rowOfSeen));
  if (!completed?.ok || cancellingWithinADay(completed.orders, now).length > 0) return undefined;
  return { ...reading, orders: completed.orders.map((o) => toOrderSeen(o, reading.marketplace)) };
}
