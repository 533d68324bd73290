// How a platform lets sellers write to buyers, and the deadlines it sets: each with the rule behind it.

export type Forbidden =
  | 'links'
  | 'email'
  | 'phone'
  | 'emoji'
  | 'marketing'
  | 'review-request'
  | 'off-platform'
  | 'ask-buyer-to-cancel'
  | 'filtered-words';

export type DeadlineUnit = 'hours' | 'business-hours' | 'days' | 'business-days' | 'working-days';

/** A time the platform gives the seller, with the rule that gives it. */
export interface Deadline {
  amount: number;
  unit: DeadlineUnit;
  ruleId: string;
}

export interface MessagingRules {
  forbid: Forbidden[];
  /** The rules behind `forbid`. */
  ruleIds: string[];
  /** The longest message, in UTF-16 code units as the browser counts them (an emoji is 2). */
  maxLength?: { units: number; ruleId: string };
  requireOrderId?: { ruleId: string };
  /** Words the platform's message filter blocks outright. */
  filteredWords?: { words: string[]; ruleId: string };
  /** The seller can open a conversation only by picking one of the platform's reasons (Mercado Libre). */
  startsWithReason?: { ruleId: string };
}
