// The advisor's vocabulary. Action kinds and situations are part of the test contract
// (design.md §3): add new ones, never rename.
import type { TemplateId } from '../drafts/template-types';
import type { AskedVia } from '../rulebooks';
import type { GuardResult } from '../rate-guard';
import type { Said } from '../said';
import type { Fulfilment, OrderStatus, Platform } from '../types';

export const SITUATIONS = [
  'changed-mind',
  'duplicate-order',
  'out-of-stock',
  'address-change',
  'not-received',
  'damaged',
  'not-as-described',
  'payment-problem',
  'suspected-fraud',
  'late-cancellation',
] as const;
export type SituationReason = (typeof SITUATIONS)[number];

export const ACTION_KINDS = [
  'confirm-buyer-cancellation',
  'ask-buyer-to-request-cancellation',
  'cancel',
  'decline-cancellation',
  'offer-return',
  'refund',
  'partial-refund',
  'replacement',
  'store-credit',
  'update-address',
  'ship-to-order-address',
  'intercept-shipment',
  'provide-tracking',
  'gather-evidence',
  'escalate-to-platform',
  'contact-buyer',
  'ask-why-cancelled',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface ShopPolicy {
  /** Hours after ordering in which the shop accepts cancellations without question. */
  cancellationWindowHours: number;
  returnWindowDays: number;
  returnShippingPaidBy: 'buyer' | 'seller';
  restockingFeePercent: number;
  offersStoreCredit: boolean;
  signature: string;
}

export const DEFAULT_POLICY: ShopPolicy = {
  cancellationWindowHours: 24,
  returnWindowDays: 30,
  returnShippingPaidBy: 'buyer',
  restockingFeePercent: 0,
  offersStoreCredit: false,
  signature: '',
};

export interface OrderFacts {
  id: string;
  status: OrderStatus;
  fulfilment: Fulfilment;
  orderedAt?: number;
  /** Days since the parcel left; for shipped and delivered orders. */
  daysSinceShip?: number;
  /** Days since delivery, where known. */
  daysSinceDelivery?: number;
  /** True once the latest estimated delivery date has passed. */
  deliveryDatePassed?: boolean;
  value?: number;
}

export interface Situation {
  platform: Platform;
  marketplace: string;
  order: OrderFacts;
  askedVia: AskedVia;
  reason: SituationReason;
  /** A claim, case or dispute is already open with the platform. */
  claimOpen?: boolean;
  guard?: GuardResult;
  policy?: ShopPolicy;
  now: number;
}

/** What an action does to a metric: `metric` names it (`metric.…`, `effect-metric.…`), `detail` says how. */
export type Effect = { metric: Said; effect: 'none' | 'counts' | 'helps' | 'risk'; detail: Said };

export interface Action {
  kind: ActionKind;
  why: Said;
  ruleId?: string;
  source?: string;
  reasonCode?: string;
  effects: Effect[];
  /** Draft templates this action needs (rendered by core/drafts). */
  templates: TemplateId[];
}
