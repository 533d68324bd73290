// The shape every platform rulebook fills in. Rulebooks are data: the guard and the advisor read
// them, and every field here is read by the logic it describes (a test walks them all). Words for
// the seller (metric names, flows, escalations) come from the message catalogue, keyed by the ids
// and platforms given here. Every number carries the rule that states it.
import { said } from '../said';
import type { Platform } from '../types';
import type { AskedVia, CancellationMetric, Ladder } from './metric';
import type {
  AddressChange,
  AskBuyerToCancel,
  BuyerCancelRoute,
  Escalation,
  ReasonCodes,
  ReturnRules,
  UnpaidOrders,
} from './advice-rules';
import type { Deadline, MessagingRules } from './messaging';
import { refOf, type Rule, type RuleRef } from './rule';

export interface MarketplaceRules {
  code: string;
  /** BCP 47 language buyers of this marketplace write in by default (drafts start in it). */
  language: string;
  /** The language of this marketplace's seller pages, where it differs from the buyers' (the banner speaks it). */
  sellerLanguage?: string;
  cancellation: CancellationMetric;
  /** Further figures guarded the same way, from the platform's own figures (eBay: cases closed without seller resolution). */
  alsoGuarded?: Ladder[];
  /** Listing-level risk, e.g. EU "two consecutive seller cancellations in 30 days": warned before the second. */
  consecutiveCancellationRisk?: { count: number; withinDays: number; ruleId: string };
  /** How soon buyers' messages must be answered here (said beside each draft). */
  replyWithin?: Deadline;
  /** How soon a buyer's cancellation request must be answered (TikTok cancels it by itself after). */
  cancelRequestAnswer?: Deadline;
  returns?: ReturnRules;
  /** The platform cancels an unshipped order by itself this long after its ship-by date, and that counts. */
  autoCancelAfterShipBy?: Deadline;
  /** A fee on each seller cancellation, as a share of the referral fee (Amazon India). */
  cancellationFee?: { percentOfReferralFee: number; afterShipByPercent: number; ruleId: string };
  /**
   * A cancellation request on a shipped order is declined by uploading its tracking (TikTok US). Only
   * where the platform says so: elsewhere a shipped order's request may be the carrier's to decide.
   */
  shippedCancelRequest?: { ruleId: string };
  /** This marketplace's own statement of a rulebook rule (TikTok Thailand's page beside the US one): id → id. */
  ruleOverrides?: Record<string, string>;
}

export interface Rulebook {
  platform: Platform;
  displayName: string;
  /** The oldest day any of its rules was checked (see rule.ts). */
  checkedOn: string;
  defaultMarketplace: string;
  marketplaces: Record<string, MarketplaceRules>;
  askBuyerToCancel: AskBuyerToCancel;
  /** The rule that forbids asking, cited by the cancellation the seller makes instead. */
  askBuyerToCancelRuleId?: string;
  /**
   * The buyer's own cancellation flow (worded as `flow.<platform>`): the rule that makes pointing the
   * buyer there worthwhile; how long after ordering the buyer can cancel alone; how long the flow
   * itself stays open (eBay: an hour, then the buyer's wish comes by message).
   */
  buyerCancelFlow?: {
    /** Why pointing the buyer there is worthwhile; absent where asking is forbidden (TikTok). */
    ruleId?: string;
    selfCancel?: { minutes: number; ruleId: string };
    requestWindow?: { minutes: number; ruleId: string };
  };
  buyerCancelRoute: BuyerCancelRoute;
  /** How long after the sale the seller can still cancel (eBay: 30 days), where the platform says. */
  sellerCancelWindow?: { days: number; ruleId: string };
  addressChange: AddressChange;
  unpaidOrders: UnpaidOrders;
  reasonCodes: ReasonCodes;
  messaging: MessagingRules;
  escalation: Escalation;
  /** The rule that says a shipped order is refunded or returned, not cancelled, where stated. */
  shippedIsNotCancelledRuleId?: string;
  /** The platform serves the buyers of the orders it fulfils itself (Amazon FBA). */
  platformFulfilledService?: { ruleId: string };
  /** Ways to buy time before an out-of-stock cancellation (TikTok's backorder, custom handling time). */
  outOfStockAlternatives?: { ruleId: string };
  /** What the platform does when it acts on a fraudulent buyer, where it says. */
  fraud?: { ruleId: string };
  /**
   * Whether, once an order is cancelled, the seller may send one short, neutral question asking
   * why (never a review request). Not where the platform allows only the messages it lists.
   */
  followUpAfterCancel: { allowed: boolean; ruleId: string };
  rules: Rule[];
}

export type { AskedVia };

export function ruleById(book: Rulebook, id: string): Rule {
  const rule = book.rules.find((r) => r.id === id);
  if (!rule) throw new Error(`${book.platform} rulebook has no rule ${id}`);
  return rule;
}

/** A marketplace we have no rules for is guarded by none: never another marketplace's numbers. */
export function marketplaceRules(book: Rulebook, marketplace: string): MarketplaceRules {
  const known = book.marketplaces[marketplace];
  if (known) return known;
  const fallback = book.marketplaces[book.defaultMarketplace]!;
  return {
    code: marketplace,
    language: fallback.language,
    sellerLanguage: fallback.sellerLanguage,
    cancellation: { kind: 'none', reason: said('guard.no-metric.unsourced'), ruleIds: [] },
  };
}

/** The rule a marketplace states for itself where it has its own page, else the rulebook's. */
export function marketRuleId(book: Rulebook, marketplace: string, id: string): string {
  return book.marketplaces[marketplace]?.ruleOverrides?.[id] ?? id;
}

/** A rule as the seller sees it for one marketplace: its source, dates and how sure we are there. */
export function ruleRefFor(book: Rulebook, marketplace: string, id: string): RuleRef {
  return refOf(ruleById(book, marketRuleId(book, marketplace, id)), marketplace);
}
