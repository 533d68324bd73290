// The orders a seller ticked in a list, for the banner: what cancelling them all would do to the
// platform's rate, and which route keeps each one out of it. Only orders the tab's own reading
// listed are looked at; core decides (projection-many.ts), in codes.
import { describeTicked, projectCancellations, type TickedOrder } from '../core/projection-many';
import { rulebookFor } from '../core/rulebooks';
import type { TickedReply } from '../messages/background-replies';
import type { Refusal } from '../messages/refusal';
import { orderKey } from '../store/db';
import { getOrder } from '../store/order-days';
import { loadSettings } from '../store/settings';
import { guardFor } from './guard-service';
import type { Deps } from './handlers';

export async function onTickedOrders(deps: Deps, tabId: number, orderIds: string[]): Promise<TickedReply | Refusal> {
  const state = await deps.tabs.get(tabId);
  if (!state || state.page !== 'order-list' || state.read !== 'ok')
    return { ok: false, code: 'no-order', error: 'no order list read in this tab' };
  const listed = new Set(state.orderIds);
  const db = await deps.db();
  const orders = await Promise.all(
    [...new Set(orderIds)].filter((id) => listed.has(id)).map((id) => getOrder(db, orderKey(state.platform, id))),
  );
  const ticked = orders.filter((o): o is NonNullable<typeof o> => o !== undefined) satisfies TickedOrder[];
  const settings = await loadSettings(db);
  const guard = await guardFor(db, settings, state.platform, state.marketplace, deps.now());
  const projection = projectCancellations(guard, rulebookFor(state.platform), ticked);
  return {
    ok: true,
    ticked: {
      selected: projection.cancellable,
      projectedRatePercent: projection.projectedRatePercent,
      lines: describeTicked(guard, projection).slice(0, 8),
    },
  };
}
