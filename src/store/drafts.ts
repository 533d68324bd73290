// Drafts per order and action, and the situation picked per order. Each change is one transaction.
import type { GuardDatabase } from './db';
import type { ChoiceRecord, DraftRecord, DraftUse, OrderRecord } from './schema';

export const draftKey = (orderKey: string, action: string) => `${orderKey}|${action}`;

export function getDraft(db: GuardDatabase, orderKey: string, action: string): Promise<DraftRecord | undefined> {
  return db.get('drafts', draftKey(orderKey, action));
}

export async function saveDraft(db: GuardDatabase, d: Omit<DraftRecord, 'key' | 'uses'>): Promise<DraftRecord> {
  const tx = db.transaction('drafts', 'readwrite');
  const key = draftKey(d.orderKey, d.action);
  const old = await tx.store.get(key);
  const record: DraftRecord = { ...d, key, uses: old?.uses ?? [] };
  await tx.store.put(record);
  await tx.done;
  return record;
}

/** Keeps the last 20 uses per draft: the history of what was sent, not an archive. */
/** A draft inserted or copied: kept on the draft (its last 20 uses) and in the event log, in one transaction. */
export async function recordDraftUse(
  db: GuardDatabase,
  orderKey: string,
  action: string,
  use: DraftUse,
): Promise<void> {
  const tx = db.transaction(['drafts', 'order-days', 'events'], 'readwrite');
  const drafts = tx.objectStore('drafts');
  const [old, day] = await Promise.all([
    drafts.get(draftKey(orderKey, action)),
    tx.objectStore('order-days').index('by-order').get(orderKey),
  ]);
  const order = day?.orders.find((o) => o.key === orderKey);
  if (old) await drafts.put({ ...old, uses: [...old.uses, use].slice(-20) });
  if (order) {
    await tx.objectStore('events').put({
      id: `${orderKey}:draft:${action}:${use.at}`,
      kind: 'draft-used',
      platform: order.platform,
      marketplace: order.marketplace,
      orderKey,
      orderId: order.id,
      at: use.at,
      sourceUrl: order.sourceUrl,
      buyer: order.buyerName,
      detail: `${use.how} (${action}, ${use.lang})`,
    });
  }
  await tx.done;
}

/** The cancellation reason picked on the cancel page, kept on the order until its cancellation is seen. */
export async function notePickedReason(
  db: GuardDatabase,
  orderKey: string,
  reason: string,
  at: number,
): Promise<boolean> {
  const tx = db.transaction('order-days', 'readwrite');
  const day = await tx.store.index('by-order').get(orderKey);
  const i = day ? day.orderKeys.indexOf(orderKey) : -1;
  if (day && i >= 0) {
    day.orders[i] = { ...day.orders[i]!, cancelReasonPicked: { reason, at } };
    await tx.store.put(day);
  }
  await tx.done;
  return i >= 0;
}

/**
 * The advice the seller was shown for an order: the situation and the action put first. One record
 * per order (the latest advice replaces the earlier one); judged when the order resolves.
 */
export async function recordAdvice(
  db: GuardDatabase,
  order: OrderRecord,
  situation: string,
  first: string,
  at: number,
): Promise<void> {
  await db.put('events', {
    id: `${order.key}:advice`,
    kind: 'advice-given',
    platform: order.platform,
    marketplace: order.marketplace,
    orderKey: order.key,
    orderId: order.id,
    at,
    sourceUrl: order.sourceUrl,
    buyer: order.buyerName,
    detail: first,
    situation,
  });
}

export function draftsForOrder(db: GuardDatabase, orderKey: string): Promise<DraftRecord[]> {
  return db.getAllFromIndex('drafts', 'by-order', orderKey);
}

export function getChoice(db: GuardDatabase, orderKey: string): Promise<ChoiceRecord | undefined> {
  return db.get('choices', orderKey);
}

export async function saveChoice(db: GuardDatabase, choice: ChoiceRecord): Promise<void> {
  await db.put('choices', choice);
}
