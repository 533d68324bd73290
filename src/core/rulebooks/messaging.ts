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
  /** What messages must not contain, each with the rule that forbids it. */
  forbid: Partial<Record<Forbidden, string>>;
  /** The longest message, in UTF-16 code units as the browser counts them (an emoji is 2). */
  maxLength?: { units: number; ruleId: string };
  requireOrderId?: { ruleId: string };
  /** Words the platform's message filter blocks outright (the rule is `forbid['filtered-words']`). */
  filteredWords?: string[];
  /** The seller can open a conversation only by picking one of the platform's reasons (Mercado Libre). */
  startsWithReason?: { ruleId: string };
}
