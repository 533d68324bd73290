// Rows the seller ticked on a list for a bulk action (eBay's Manage orders): what cancelling all of
// them would do to the rate. Only orders the tab's own list showed are weighed; core decides.
import { rulebookFor } from '../core/rulebooks';
import { projectTicked } from '../core/ticked-projection';
import type { TickedReply } from '../messages';
import type { OrderRecord } from '../messages/records';
import { orderKey } from '../store/db';
import { getOrder } from '../store/order-days';
import { loadSettings } from '../store/settings';
import { guardFor } from './guard-service';
import type { Deps } from './handlers';

/** `undefined` when the tab shows no list holding all of these orders. */
export async function onTicked(
  deps: Deps,
  tabId: number,
  orderIds: readonly string[],
): Promise<TickedReply | undefined> {
  const state = await deps.tabs.get(tabId);
  if (state?.page !== 'order-list' || state.read !== 'ok') return undefined;
  const listed = new Set(state.orderIds);
  if (!orderIds.every((id) => listed.has(id))) return undefined;
  const db = await deps.db();
  const now = deps.now();
  const found = await Promise.all([...new Set(orderIds)].map((id) => getOrder(db, orderKey(state.platform, id))));
  const orders = found.filter((o): o is OrderRecord => o !== undefined);
  const guard = await guardFor(db, await loadSettings(db), state.platform, state.marketplace, now);
  const p = projectTicked(guard, rulebookFor(state.platform), orders, found.length - orders.length);
  return { ok: true, cancellable: p.cancellable, projectedRatePercent: p.projectedRatePercent, line: p.line };
}
