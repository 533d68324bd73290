// The events one order's change implies: a buyer's request appearing, a status change, a
// cancellation (counted or not by the platform's own rulebook), after-sale facts, an address change.
import type { Resolution } from '../core/advice-outcome';
import { ACTION_KINDS } from '../core/advisor/types';
import { cancellationCounts } from '../core/cancellation-counting';
import { marketplaceRules, rulebookFor, type Rulebook } from '../core/rulebooks';
import type { OrderStatus } from '../core/types';
import type { CancelRoute, EventRecord, OrderRecord } from '../messages/records';
import { eventBase } from './events';

/** How the buyer asked for this cancellation, as far as we know. */
function routeOf(order: OrderRecord, advice: EventRecord | undefined): CancelRoute {
  if (order.cancelRequest?.viaPlatform) return 'platform-request';
  // The seller told the popup the buyer asked by message (the situation is `reason/askedVia`).
  return advice && isAdvice(advice) && advice.situation?.endsWith('/message') ? 'message' : 'seller';
}

export const isAdvice = (e: EventRecord): boolean => (ACTION_KINDS as readonly string[]).includes(e.detail ?? '');

/** The rulebook's own reason code, when the picked reason (option value, then label) starts with one. */
function reasonCodeOf(book: Rulebook, picked: string | undefined): string | undefined {
  const value = picked?.split(' ')[0];
  const { buyerRequested, outOfStock, sellerCannotShip } = book.reasonCodes;
  return [buyerRequested, outOfStock, sellerCannotShip].map((r) => r.code).find((code) => code === value);
}

/** Whether this cancellation counts against the platform's rate, and the rule that says so. */
function cancellationVerdict(order: OrderRecord, route: CancelRoute) {
  const book = rulebookFor(order.platform);
  return cancellationCounts(book, marketplaceRules(book, order.marketplace).cancellation, {
    fulfilment: order.fulfilment,
    askedVia: route,
    reasonCode: reasonCodeOf(book, order.cancelReasonPicked?.reason),
  });
}

const open = (s: OrderStatus | undefined) => s === 'unpaid' || s === 'unshipped';

/** Whether an order we had seen open ends with this reading (cancelled or shipped). */
export function resolves(old: OrderRecord | undefined, order: OrderRecord): boolean {
  return open(old?.status) && ['cancelled', 'shipped', 'delivered'].includes(order.status);
}

function cancellationEvent(order: OrderRecord, base: ReturnType<typeof eventBase>, at: number, route: CancelRoute) {
  const verdict = cancellationVerdict(order, route);
  const picked = order.cancelReasonPicked?.reason;
  const how = {
    'platform-request': 'buyer request through the platform',
    message: 'the buyer asked by message; cancelled by the seller',
    seller: 'cancelled by the seller',
  }[route];
  const event: EventRecord = {
    ...base,
    id: `${order.key}:cancellation`,
    kind: 'cancellation',
    at,
    counted: verdict.counts,
    countRule: verdict.ruleId,
    startedBy: route === 'seller' ? 'seller' : 'buyer',
    route,
    reasonCode: picked,
    detail: [how, picked ? `reason picked: ${picked}` : undefined].filter(Boolean).join('; '),
  };
  return event;
}

/** What this reading tells of the order's end, for judging the advice given on it. */
export function resolutionOf(order: OrderRecord, events: EventRecord[]): Resolution {
  if (order.status !== 'cancelled') return { kind: 'shipped' };
  const cancellation = events.find((e) => e.kind === 'cancellation' && e.orderKey === order.key);
  return { kind: 'cancelled', counted: cancellation?.counted ?? true, route: cancellation?.route ?? 'seller' };
}

export function eventsFor(
  old: OrderRecord | undefined,
  order: OrderRecord,
  at: number,
  url: string,
  advice?: EventRecord,
): EventRecord[] {
  const base = eventBase(order, url);
  const events: EventRecord[] = [];
  if (order.cancelRequest && !old?.cancelRequest) {
    const detail = order.cancelRequest.reason ?? (order.cancelRequest.viaPlatform ? 'platform' : 'message');
    events.push({ ...base, id: `${order.key}:cancel-request`, kind: 'cancel-request-seen', at, detail });
  }
  if (old && old.status !== order.status) {
    const detail = `${old.status}→${order.status}`;
    events.push({
      ...base,
      id: `${order.key}:status:${old.status}>${order.status}`,
      kind: 'status-changed',
      at,
      detail,
    });
    // We saw it open, now it is cancelled: the seller cancelled it after the buyer's own window.
    if (order.status === 'cancelled') events.push(cancellationEvent(order, base, at, routeOf(order, advice)));
  }
  // After-sale facts, each logged when it first appears (a refund also when it moves, e.g. requested → full).
  if (order.refund && order.refund !== old?.refund)
    events.push({ ...base, id: `${order.key}:refund:${order.refund}`, kind: 'refund', at, detail: order.refund });
  if (order.returnRequested && !old?.returnRequested)
    events.push({ ...base, id: `${order.key}:return`, kind: 'return-requested', at });
  // A dispute can close and open again: each opening is its own event.
  if (order.disputeOpen && !old?.disputeOpen)
    events.push({ ...base, id: `${order.key}:dispute:${at}`, kind: 'dispute-opened', at });
  // Each change is its own event (an address can go back and forth); re-reading the same page finds no change.
  if (old?.addressHash && order.addressHash && old.addressHash !== order.addressHash) {
    const detail = 'The ship-to address changed.';
    events.push({ ...base, id: `${order.key}:address:${at}`, kind: 'address-changed', at, detail });
  }
  return events;
}
