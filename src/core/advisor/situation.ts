// The situation the advisor judges, built from the order's own facts (as stored) and the seller's
// choice in the popup: delivery dates become "passed" and "days since", an open dispute, case or
// claim becomes `claimOpen` (so a shipped order with a dispute is told to answer it, not to refund).
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
  disputeOpen?: boolean;
}

export interface SellerChoice {
  reason: SituationReason;
  askedVia: AskedVia;
}

export function situationFor(
  order: OrderOnRecord,
  choice: SellerChoice,
  context: { now: number; policy?: ShopPolicy; guard?: GuardResult },
): Situation {
  const { now } = context;
  const delivered = order.status === 'delivered';
  return {
    platform: order.platform,
    marketplace: order.marketplace,
    now,
    askedVia: choice.askedVia,
    reason: choice.reason,
    claimOpen: order.disputeOpen === true,
    policy: context.policy,
    guard: context.guard,
    order: {
      id: order.id,
      status: order.status,
      fulfilment: order.fulfilment,
      orderedAt: order.orderedAt,
      deliveryDatePassed: order.deliverBy !== undefined ? order.deliverBy < now : undefined,
      daysSinceDelivery: delivered && order.deliverBy ? Math.floor((now - order.deliverBy) / DAY) : undefined,
    },
  };
}
