// Actions for an order that has left: it is refunded, returned or replaced, never cancelled.
import { escalationOf } from '../platform-words';
import type { Rulebook } from '../rulebooks';
import { said } from '../said';
import type { Candidate, PolicyFacts } from './candidates';
import type { Situation } from './types';

function notReceived(s: Situation, book: Rulebook, escalate: Candidate): Candidate[] {
  if (s.claimOpen) return [{ kind: 'gather-evidence', why: said('advice.evidence-not-received') }, escalate];
  if (!s.order.deliveryDatePassed)
    return [{ kind: 'provide-tracking', why: said('advice.tracking-not-due'), templates: ['tracking-update'] }];
  return [
    {
      kind: 'refund',
      why: said('advice.refund-overdue'),
      ruleId: book.escalation.refundBeforeClaimRuleId,
      templates: ['refund-issued'],
    },
    { kind: 'replacement', why: said('advice.replacement-if-wanted'), templates: ['replacement-offer'] },
    { kind: 'provide-tracking', why: said('advice.tracking-share'), templates: ['tracking-update'] },
  ];
}

function notAsExpected(s: Situation, book: Rulebook, escalate: Candidate): Candidate[] {
  if (s.claimOpen) return [{ kind: 'gather-evidence', why: said('advice.evidence-photos') }, escalate];
  return [
    { kind: 'replacement', why: said('advice.replacement'), templates: ['replacement-offer'] },
    {
      kind: 'refund',
      why: said('advice.refund-before-claim'),
      ruleId: book.escalation.refundBeforeClaimRuleId,
      templates: ['refund-issued'],
    },
    { kind: 'partial-refund', why: said('advice.partial-refund') },
    { kind: 'gather-evidence', why: said('advice.ask-photo'), templates: ['ask-photos'] },
  ];
}

function wantsToUndo(s: Situation, book: Rulebook, policy: PolicyFacts): Candidate[] {
  const delivered = s.order.status === 'delivered';
  const late =
    delivered && s.order.daysSinceDelivery !== undefined && s.order.daysSinceDelivery > policy.returnWindowDays;
  const ruleId = book.shippedIsNotCancelledRuleId;
  if (late) {
    return [
      {
        kind: 'decline-cancellation',
        why: said('advice.decline-late', { days: policy.returnWindowDays }),
        templates: ['decline-politely'],
      },
      ...(policy.offersStoreCredit ? [{ kind: 'store-credit' as const, why: said('advice.store-credit') }] : []),
    ];
  }
  return [
    { kind: 'offer-return', why: said('advice.offer-return'), ruleId, templates: ['offer-return'] },
    ...(!delivered ? [{ kind: 'intercept-shipment' as const, why: said('advice.intercept-before-delivery') }] : []),
    { kind: 'decline-cancellation', why: said('advice.decline-shipped'), ruleId, templates: ['decline-politely'] },
  ];
}

export function shippedOrder(s: Situation, book: Rulebook, policy: PolicyFacts): Candidate[] {
  const escalate: Candidate = {
    kind: 'escalate-to-platform',
    why: said('advice.answer-claim', { escalation: escalationOf(book) }),
    ruleId: book.escalation.ruleId,
  };
  switch (s.reason) {
    case 'not-received':
      return notReceived(s, book, escalate);
    case 'damaged':
    case 'not-as-described':
      return notAsExpected(s, book, escalate);
    case 'address-change':
      return [{ kind: 'intercept-shipment', why: said('advice.redirect-parcel') }];
    case 'suspected-fraud':
      return [{ kind: 'gather-evidence', why: said('advice.keep-delivery-proof') }, escalate];
    default:
      return wantsToUndo(s, book, policy);
  }
}
