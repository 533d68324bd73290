// The US Action Needed counters above the orders list: `dashboard/get` → `dashboard_columns[]
// {column_id, title_text, order_count}` (id57924737027). TikTok's own count of orders that cancel
// themselves within a day (column 100200) bounds what we say of the orders on screen.
import type { TikTokOrder } from './tiktok-order';
import { arr, dataOf, obj, whole } from './json-fields';

/** "Auto-canceling within 24 hours or less". */
export const AUTO_CANCEL_COLUMN = '100200';
export const DAY_MS = 24 * 3600 * 1000;

/** Counters by column id; undefined when the body is not a dashboard answer or a column does not hold together. */
export function actionNeededOf(body: unknown): Record<string, number> | undefined {
  const columns = arr(dataOf(body)?.dashboard_columns);
  if (!columns) return undefined;
  const out: Record<string, number> = {};
  for (const raw of columns) {
    const c = obj(raw);
    const id = typeof c?.column_id === 'string' && /^\d{3,9}$/.test(c.column_id) ? c.column_id : undefined;
    const count = whole(c?.order_count);
    if (!id || count === undefined || id in out) return undefined;
    out[id] = count;
  }
  return out;
}

/** Orders still to ship whose auto-cancel deadline falls within the next 24 hours. */
export function cancellingWithinADay(orders: TikTokOrder[], now: number): TikTokOrder[] {
  return orders.filter(
    (o) =>
      o.status === 'unshipped' &&
      o.autoCancelAt !== undefined &&
      o.autoCancelAt > now &&
      o.autoCancelAt - now <= DAY_MS,
  );
}
