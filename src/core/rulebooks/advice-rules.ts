// What a platform says the seller should do, as data the advisor reads: the reasons it names,
// how a buyer's wish to cancel is carried out, addresses, unpaid orders, claims and returns.
import type { Deadline } from './messaging';

/** A cancellation reason as the platform names it, and the rule that names it. */
export interface ReasonCode {
  code: string;
  ruleId: string;
}

export interface ReasonCodes {
  /** Only when the buyer asked: picked without a request it is misused (Amazon counts it anyway). */
  buyerRequested: ReasonCode;
  outOfStock: ReasonCode;
  /** The seller's own reason for any other cancellation that is the seller's idea. */
  sellerCannotShip: ReasonCode;
}

/** Whether the seller may ask the buyer to file a cancellation request themselves. */
export type AskBuyerToCancel = 'allowed' | 'not-when-out-of-stock' | 'never';

/** How a buyer's wish to cancel an open order is best carried out on this platform. */
export type BuyerCancelRoute =
  /** Point the buyer to the platform's own request flow; the seller cancels only as the fallback. */
  | { kind: 'buyer-flow' }
  /** The seller cancels with the buyer's reason and that does not count (eBay's BuyerCancelOrder). */
  | { kind: 'seller-cancels-uncounted'; ruleId: string }
  /** Only the seller can cancel: the buyer has no flow of their own (Etsy). */
  | { kind: 'seller-only'; ruleId: string }
  /** Asking is forbidden: the seller cancels with the buyer's reason and keeps the chat as proof (TikTok). */
  | { kind: 'seller-cancels-with-proof'; ruleId: string; proofRuleId: string }
  /** Every cancellation counts: explain and offer a solution first, then cancel in the platform's flow (Mercado Libre). */
  | { kind: 'explain-first'; ruleId: string };

/** A new ship-to address before shipping: a new order (Amazon), or the seller updates the order. */
export type AddressChange =
  | { kind: 'new-order'; ruleId: string; afterShippingRuleId: string }
  | { kind: 'update-before-shipping'; undeliverable?: ReasonCode };

/** An unpaid order: what the platform says to do with it, where it says anything. */
export type UnpaidOrders =
  /** The order is pending with the platform: wait; a pending order the buyer cancels does not count (Amazon). */
  | { kind: 'pending'; ruleId: string }
  /** The platform's unpaid-item route removes the defect (eBay). */
  | { kind: 'unpaid-route'; ruleId: string }
  /** The seller cancels with the platform's "not paid" reason once the buyer had time (Etsy). */
  | { kind: 'seller-cancels'; reason: ReasonCode }
  /** No rule found: never ship before the payment shows. */
  | { kind: 'not-stated' };

/** Grounds on which the platform reviews a counted claim or cancellation (Mercado Libre's exclusion review). */
export type ExclusionGround = 'buyer-error' | 'delivered-not-received' | 'remorse' | 'carrier-delay';

export interface Escalation {
  /** Where the seller answers a claim (worded as `escalation.<platform>`). */
  ruleId: string;
  /** How long the seller has to answer a claim, case or dispute the platform stepped into. */
  answerWithin?: Deadline;
  /** How long the seller has to answer a request the buyer opened with them, before the platform steps in. */
  requestAnswerWithin?: Deadline;
  /** A claim resolved by the seller within `answerWithin` does not count against them. */
  resolvingInTimeKeepsItOff?: { ruleId: string };
  /** The rule that says to refund before a claim is filed. */
  refundBeforeClaimRuleId?: string;
  /** The buyer may file a claim only this many days after the latest estimated delivery date. */
  claimOpensAfter?: { days: number; ruleId: string };
  /** The platform mediates when the buyer disagrees: the seller brings evidence. */
  mediation?: { ruleId: string };
  exclusionReview?: { ruleId: string; grounds: ExclusionGround[] };
}

export interface ReturnRules {
  /** The platform's own return window, where it sets one, and what it counts from. */
  windowDays?: number;
  from?: 'estimated-delivery' | 'delivery' | 'receipt';
  /** How long the seller has to answer a return or refund request before it is approved for them. */
  answerWithin?: Deadline;
  ruleId: string;
}
