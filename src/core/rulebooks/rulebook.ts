// The shape every platform rulebook fills in. Rulebooks are data: the guard and the advisor
// read them; nothing here decides anything on its own.
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

export interface RateMetric {
  kind: 'rate';
  name: string;
  thresholdPercent: number;
  /** `below`: the rate must stay strictly under the threshold; `at-most`: equal is still fine. */
  comparison: 'below' | 'at-most';
  windowDays: number;
  /** Further windows the platform also measures (Amazon India: 7 and 30 days). */
  alsoWindowDays?: number[];
  /** Whether the window length is stated by the platform itself. */
  windowVerified: boolean;
  /** Orders the platform fulfils (FBA, FBT, Full) are outside the metric. */
  excludesPlatformFulfilled: boolean;
  /** Ways the buyer can ask that keep a cancellation out of the metric. */
  notCountedWhenAskedVia: AskedVia[];
  ruleIds: string[];
}

export interface NoMetric {
  kind: 'none';
  /** Shown to the seller: why there is no number to guard. */
  reason: string;
  ruleIds: string[];
}

export type CancellationMetric = RateMetric | NoMetric;

export type Forbidden =
  'links' | 'email' | 'phone' | 'emoji' | 'marketing' | 'review-request' | 'off-platform' | 'ask-buyer-to-cancel';

export interface MessagingRules {
  forbid: Forbidden[];
  maxLength?: number;
  requireOrderId: boolean;
  replyWithinHours?: number;
  ruleIds: string[];
}

/** Cancellation reason codes as the platform names them. */
export interface ReasonCodes {
  buyerRequested: string;
  outOfStock: string;
  addressProblem?: string;
  pricingError?: string;
}

/** Whether the seller may ask the buyer to file a cancellation request themselves. */
export type AskBuyerToCancel = 'allowed' | 'not-when-out-of-stock' | 'never';

export interface OtherMetric {
  id: string;
  name: string;
  thresholdPercent: number;
  /** `max`: stay under; `min`: stay over. */
  bound: 'max' | 'min';
  windowDays: number;
  ruleId: string;
}

export interface MarketplaceRules {
  code: string;
  /** BCP 47 language buyers of this marketplace write in by default. */
  language: string;
  cancellation: CancellationMetric;
  /** Extra listing-level risk, e.g. EU "two consecutive seller cancellations in 30 days". */
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
  buyerCancelFlow?: { name: string; selfCancelMinutes?: number; ruleId: string };
  /** Hours the seller has to answer a buyer's cancellation request, where stated. */
  cancelRequestAnswerHours?: number;
  reasonCodes: ReasonCodes;
  messaging: MessagingRules;
  otherMetrics: OtherMetric[];
  /** Where the seller escalates a dispute: A-to-z, Etsy case, AliExpress dispute… */
  escalation: { name: string; ruleId: string };
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
