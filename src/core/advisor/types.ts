// The advisor's vocabulary. Action kinds and situations are part of the test contract
// (design.md §3): add new ones, never rename.
import type { TemplateId } from '../drafts/template-types';
import type { AskedVia, RuleRef } from '../rulebooks';
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
  /** Nothing to do but wait for the platform (an order still pending payment). */
  'wait-for-platform',
  /** eBay's unpaid-item route, which removes the defect. */
  'report-unpaid',
  /** Upload the shipped order's tracking: TikTok then declines the buyer's cancellation request. */
  'upload-tracking',
  /** Ask the platform to take a claim or cancellation out of the reputation (Mercado Libre). */
  'request-exclusion-review',
  /** Buy time before an out-of-stock cancellation (TikTok's backorder, custom handling time). */
  'extend-handling-time',
  /** The platform serves this buyer itself (Amazon FBA): point the buyer to its customer service. */
  'refer-to-platform',
  /** The buyer disagrees: take the claim to the platform's mediation with the evidence (Mercado Libre, AliExpress). */
  'request-mediation',
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
  /** Whole days since the latest estimated delivery date (negative before it), where known. */
  daysPastDeliveryDate?: number;
  /** Delivered, by its status or a delivery date on the page. */
  delivered?: boolean;
  /** Whether the order carries tracking; undefined when the page does not say. */
  hasTracking?: boolean;
  /** Whole days since the order was placed, where known. */
  ageDays?: number;
  /** The platform's own page says this sale does not count (Mercado Libre's per-sale indicator). */
  affectsReputation?: boolean;
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
  /** The buyer opened a request with the seller (return, not received, claim) the platform has not stepped into. */
  requestOpen?: boolean;
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
  /** The rule as the seller sees it: source, its date, when we checked it, how sure we are here. */
  rule?: RuleRef;
  reasonCode?: string;
  effects: Effect[];
  /** Draft templates this action needs (rendered by core/drafts). */
  templates: TemplateId[];
}
