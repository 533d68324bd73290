// Which actions fit a situation, in order of preference, before the platform's prohibitions are
// applied (see advisor.ts). Each says why as a code; what differs between platforms comes from
// their rulebooks (buyerCancelRoute, addressChange, unpaidOrders, escalation…), not from their names.
import { ruleById, type ReasonCode, type Rulebook } from '../rulebooks';
import { said, type Said } from '../said';
import type { TemplateId } from '../drafts/template-types';
import { openOrder } from './open-order';
import { shippedOrder } from './shipped-order';
import type { ActionKind, Situation } from './types';

export interface Candidate {
  kind: ActionKind;
  why: Said;
  ruleId?: string;
  reasonCode?: string;
  templates?: TemplateId[];
}

/** Cancel with one of the platform's reasons, citing the rule that names it. */
export const cancelWith = (reason: ReasonCode, why: Said, templates?: TemplateId[]): Candidate => ({
  kind: 'cancel',
  reasonCode: reason.code,
  why,
  ruleId: reason.ruleId,
  ...(templates ? { templates } : {}),
});

/** Where every cancellation counts (Mercado Libre): explain and offer a solution before anything else. */
export const explainFirst = (ruleId: string): Candidate => ({
  kind: 'contact-buyer',
  why: said('advice.explain-first'),
  ruleId,
  templates: ['explain-offer-solution'],
});

export interface PolicyFacts {
  returnWindowDays: number;
  offersStoreCredit: boolean;
}

const isOpen = (s: Situation) =>
  s.order.status === 'unpaid' || s.order.status === 'unshipped' || s.order.status === 'unknown';

/** The order is over: where the platform permits it, one neutral question about why, to learn from. */
function cancelledOrder(book: Rulebook): Candidate[] {
  const { allowed, ruleId } = book.followUpAfterCancel;
  if (!allowed) return [];
  return [
    { kind: 'ask-why-cancelled', ruleId, templates: ['ask-why-cancelled'], why: said('advice.ask-why-cancelled') },
  ];
}

/** Past the seller's own window to cancel (eBay: 30 days after the sale): say so instead of cancelling. */
function pastSellerWindow(s: Situation, book: Rulebook, list: Candidate[]): Candidate[] {
  const window = book.sellerCancelWindow;
  if (!window || (s.order.ageDays ?? 0) <= window.days) return list;
  const kept = list.filter((c) => c.kind !== 'cancel' && c.kind !== 'confirm-buyer-cancellation');
  if (kept.some((c) => c.kind === 'contact-buyer')) return kept;
  const why = said('advice.past-cancel-window', { platform: book.displayName, days: window.days });
  return [{ kind: 'contact-buyer', why, ruleId: window.ruleId }, ...kept];
}

export function candidatesFor(s: Situation, book: Rulebook, policy: PolicyFacts): Candidate[] {
  if (s.order.status === 'cancelled') return cancelledOrder(book);
  const list = isOpen(s) ? pastSellerWindow(s, book, openOrder(s, book)) : shippedOrder(s, book, policy);
  // Fail loudly in tests if a candidate cites a rule its rulebook lacks.
  for (const c of list) if (c.ruleId) ruleById(book, c.ruleId);
  return list;
}
