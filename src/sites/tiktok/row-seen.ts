// What a drawn row of the orders list shows, as it crosses from the page to the background: an
// OrderSeen holding only the row's facts (id, the status its code and words agree on, who fulfils
// it, its total), which the background completes from the list's answer (./order-list-feed.ts).
import type { OrderSeen } from '../../core/types';
import { shownOfRow, type RowShown } from './list-answer';
import { fulfilmentOf } from './to-order-seen';

/** The row as the page sends it. */
export function seenOfRow(row: RowShown, marketplace: string, currency: string): OrderSeen {
  const seen: OrderSeen = {
    platform: 'tiktok',
    marketplace,
    id: row.id,
    items: [],
    status: row.shown[0] ?? 'unknown',
    fulfilment: fulfilmentOf(row.fbt),
  };
  if (row.total !== undefined) {
    seen.total = row.total;
    seen.currency = currency;
  }
  return seen;
}

/** The row again, as the background reads it from what the page sent. */
export function rowOfSeen(o: OrderSeen): RowShown {
  const row: RowShown = { id: o.id, shown: shownOfRow(o.status) };
  if (o.fulfilment !== 'unknown') row.fbt = o.fulfilment === 'platform';
  if (o.total !== undefined) row.total = o.total;
  return row;
}
