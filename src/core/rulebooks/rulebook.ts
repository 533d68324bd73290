// The shape every platform rulebook fills in. Rulebooks are data: the guard and the advisor read
// them, and every field here is read by the logic it describes. Words for the seller (metric names,
// flows, escalations) come from the message catalogue, keyed by the ids and platforms given here.
import type { Said } from '../said';
import type { Platform } from '../types';

export type SourceKind = 'official' | 'official-forum' | 'third-party';

/** One rule as the platform (or a reporter of it) states it, with where it was read. */
export interface Rule {
  id: string;
  says: string;
  source: string;
  sourceKind: SourceKind;
}

/** How the buyer asked: through the platform's own flow, by message, or not at all (the seller's idea). */
export type AskedVia = 'platform-request' | 'message' | 'seller';

/** The platform's name for its cancellation metric, worded by the catalogue (`metric.<name>`). */
export type MetricName =
  'cancellation-rate' | 'transaction-defect-rate' | 'cancelled-by-you' | 'seller-fault-cancellation-rate';

export interface RateMetric {
  kind: 'rate';
  name: MetricName;
  thresholdPercent: number;
  /** `below`: the rate must stay strictly under the threshold; `at-most`: equal is still fine. */
  comparison: 'below' | 'at-most';
  windowDays: number;
  /** Further windows the platform also measures (Amazon India: 7 and 30 days); the guard shows the worse. */
  alsoWindowDays?: number[];
  /** A window that depends on volume (eBay: 3 months with 400+ orders in them, else 12): the guard picks it. */
  windowByVolume?: { minOrders: number; otherwiseDays: number };
  /** Whether the window length is stated by the platform itself (the banner says when it is not). */
  windowVerified: boolean;
  /** Orders the platform fulfils (FBA, FBT, Full) are outside the metric. */
  excludesPlatformFulfilled: boolean;
  /** Ways the buyer can ask that keep a cancellation out of the metric. */
  notCountedWhenAskedVia: AskedVia[];
  ruleIds: string[];
}

export interface NoMetric {
  kind: 'none';
  /** Why there is no number to guard. */
  reason: Said;
  ruleIds: string[];
}

export type CancellationMetric = RateMetric | NoMetric;

export type Forbidden =
  'links' | 'email' | 'phone' | 'emoji' | 'marketing' | 'review-request' | 'off-platform' | 'ask-buyer-to-cancel';

export interface MessagingRules {
  forbid: Forbidden[];
  maxLength?: number;
  requireOrderId: boolean;
  /** Hours within which the platform expects an answer to a buyer's message (said beside each draft). */
  replyWithinHours?: number;
  ruleIds: string[];
}

/** Cancellation reason codes as the platform names them. */
export interface ReasonCodes {
  buyerRequested: string;
  outOfStock: string;
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
  | { kind: 'seller-cancels-with-proof'; ruleId: string; proofRuleId: string };

/** A new ship-to address before shipping: a new order (Amazon), or the seller updates the order. */
export type AddressChange = { kind: 'new-order'; ruleId: string } | { kind: 'update-before-shipping' };

/** An unpaid order: the platform cancels it itself, or the seller does once the buyer had time. */
export type UnpaidOrders =
  { kind: 'platform-cancels' } | { kind: 'seller-cancels'; reasonCode: string; ruleId: string };

export interface MarketplaceRules {
  code: string;
  /** BCP 47 language buyers of this marketplace write in by default (drafts start in it). */
  language: string;
  /** The language of this marketplace's seller pages, where it differs from the buyers' (the banner speaks it). */
  sellerLanguage?: string;
  cancellation: CancellationMetric;
  /** Listing-level risk, e.g. EU "two consecutive seller cancellations in 30 days": warned before the second. */
  consecutiveCancellationRisk?: { count: number; withinDays: number; ruleId: string };
}

export interface Rulebook {
  platform: Platform;
  displayName: string;
  /** ISO date the rules were last checked against ../shared/research/policies.md. */
  checkedOn: string;
  defaultMarketplace: string;
  marketplaces: Record<string, MarketplaceRules>;
  askBuyerToCancel: AskBuyerToCancel;
  /** The rule that forbids asking, cited by the cancellation the seller makes instead. */
  askBuyerToCancelRuleId?: string;
  /**
   * The buyer's own cancellation flow (worded as `flow.<platform>`): the rule that makes pointing the
   * buyer there worthwhile, and how long after ordering the buyer can cancel alone, without asking.
   */
  buyerCancelFlow?: { ruleId: string; selfCancel?: { minutes: number; ruleId: string } };
  buyerCancelRoute: BuyerCancelRoute;
  /** Hours the seller has to answer a buyer's cancellation request, where stated. */
  cancelRequestAnswerHours?: number;
  addressChange: AddressChange;
  unpaidOrders: UnpaidOrders;
  reasonCodes: ReasonCodes;
  messaging: MessagingRules;
  /**
   * Where the seller answers a claim (worded as `escalation.<platform>`), and the rule that says to
   * refund before a claim is filed, where the platform states one.
   */
  escalation: { ruleId: string; refundBeforeClaimRuleId?: string };
  /** The rule that says a shipped order is refunded or returned, not cancelled, where stated. */
  shippedIsNotCancelledRuleId?: string;
  /**
   * Whether, once an order is cancelled, the seller may send one short, neutral question asking
   * why (never a review request). Not where the platform allows only the messages it lists.
   */
  followUpAfterCancel: { allowed: boolean; ruleId: string };
  rules: Rule[];
}

export function ruleById(book: Rulebook, id: string): Rule {
  const rule = book.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`${book.platform} rulebook has no rule ${id}`);
  return rule;
}

export function marketplaceRules(book: Rulebook, marketplace: string): MarketplaceRules {
  return book.marketplaces[marketplace] ?? book.marketplaces[book.defaultMarketplace]!;
}
