// The situation the advisor judges, built from the order's own facts (as stored) and the seller's
// choice in the popup: delivery dates become "passed" and "days since", a delivery date on the page
// makes the order delivered, an open dispute, case or claim becomes `claimOpen` and a request the
// platform has not stepped into `requestOpen` (so a shipped order with a case is told to answer it).
import type { AskedVia } from '../rulebooks';
import type { GuardResult } from '../rate-guard';
import type { Fulfilment, OrderStatus, Platform } from '../types';
import type { ShopPolicy, Situation, SituationReason } from './types';

const DAY = 86_400_000;

/** What the store knows of an order (a subset of OrderSeen). */
export interface OrderOnRecord {
  platform: Platform;
  marketplace: string;
  id: string;
  status: OrderStatus;
  fulfilment: Fulfilment;
  orderedAt?: number;
  /** The latest estimated delivery date, where the page showed one. */
  deliverBy?: number;
  deliveredAt?: number;
  hasTracking?: boolean;
  disputeOpen?: boolean;
  requestOpen?: boolean;
  affectsReputation?: boolean;
}

export interface SellerChoice {
  reason: SituationReason;
  askedVia: AskedVia;
}

const daysBetween = (from: number, to: number) => Math.floor((to - from) / DAY);

export function situationFor(
  order: OrderOnRecord,
  choice: SellerChoice,
  context: { now: number; policy?: ShopPolicy; guard?: GuardResult },
): Situation {
  const { now } = context;
  const delivered = order.status === 'delivered' || order.deliveredAt !== undefined;
  const deliveredOn = order.deliveredAt ?? (order.status === 'delivered' ? order.deliverBy : undefined);
  return {
    platform: order.platform,
    marketplace: order.marketplace,
    now,
    askedVia: choice.askedVia,
    reason: choice.reason,
    claimOpen: order.disputeOpen === true,
    requestOpen: order.requestOpen === true,
    policy: context.policy,
    guard: context.guard,
    order: {
      id: order.id,
      // A delivery date on the page outranks a status that has not caught up.
      status: delivered && order.status === 'shipped' ? 'delivered' : order.status,
      fulfilment: order.fulfilment,
      orderedAt: order.orderedAt,
      deliveryDatePassed: order.deliverBy !== undefined ? order.deliverBy < now : undefined,
      daysPastDeliveryDate: order.deliverBy !== undefined ? daysBetween(order.deliverBy, now) : undefined,
      delivered,
      daysSinceDelivery: deliveredOn !== undefined ? daysBetween(deliveredOn, now) : undefined,
      hasTracking: order.hasTracking,
      ageDays: order.orderedAt !== undefined ? daysBetween(order.orderedAt, now) : undefined,
      affectsReputation: order.affectsReputation,
    },
  };
}
