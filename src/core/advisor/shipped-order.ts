// Actions for an order that has left: it is refunded, returned or replaced, never cancelled. Read from
// the order's facts (delivered or not, tracking or not, a request or claim open, who fulfilled it) and
// the platform's rules (its return window, when a claim can open, who serves the buyer).
import { marketplaceRules, type Rulebook } from '../rulebooks';
import { said } from '../said';
import type { Candidate, PolicyFacts } from './candidates';
import { claimActions, requestActions } from './claims';
import type { Situation } from './types';

const tracking = (s: Situation, why: string): Candidate[] =>
  s.order.hasTracking === false ? [] : [{ kind: 'provide-tracking', why: said(why), templates: ['tracking-update'] }];

function refundFirst(book: Rulebook, overdue: boolean): Candidate {
  const rule = book.escalation.refundBeforeClaimRuleId;
  const key = overdue ? 'advice.refund-overdue' : 'advice.refund-before-claim';
  return { kind: 'refund', why: said(rule ? key : `${key}-plain`), ruleId: rule, templates: ['refund-issued'] };
}

function notReceived(s: Situation, book: Rulebook): Candidate[] {
  const evidence: Candidate = { kind: 'gather-evidence', why: said('advice.evidence-not-received') };
  if (s.claimOpen) return claimActions(s, book, evidence);
  if (s.requestOpen) return requestActions(s, book, tracking(s, 'advice.tracking-share'));
  if (s.order.delivered) return [...tracking(s, 'advice.tracking-shows-delivered'), evidence];
  const reassure: Candidate[] =
    s.order.hasTracking === false
      ? [{ kind: 'contact-buyer', why: said('advice.no-tracking-reassure'), templates: ['tracking-update'] }]
      : tracking(s, 'advice.tracking-not-due');
  const opens = book.escalation.claimOpensAfter;
  const past = s.order.daysPastDeliveryDate;
  if (opens && past !== undefined && past < opens.days && s.order.deliveryDatePassed)
    return [
      ...tracking(s, 'advice.tracking-share'),
      {
        kind: 'contact-buyer',
        why: said('advice.claim-not-yet', { days: opens.days }),
        ruleId: opens.ruleId,
        templates: ['tracking-update'],
      },
    ];
  if (!s.order.deliveryDatePassed) return reassure;
  return [
    refundFirst(book, true),
    { kind: 'replacement', why: said('advice.replacement-if-wanted'), templates: ['replacement-offer'] },
    ...tracking(s, 'advice.tracking-share'),
  ];
}

function notAsExpected(s: Situation, book: Rulebook): Candidate[] {
  const photos: Candidate = { kind: 'gather-evidence', why: said('advice.ask-photo'), templates: ['ask-photos'] };
  if (s.claimOpen) return claimActions(s, book, { kind: 'gather-evidence', why: said('advice.evidence-photos') });
  if (s.requestOpen) return requestActions(s, book, [photos]);
  return [
    { kind: 'replacement', why: said('advice.replacement'), templates: ['replacement-offer'] },
    refundFirst(book, false),
    { kind: 'partial-refund', why: said('advice.partial-refund') },
    photos,
  ];
}

/** The return window that applies: the platform's own where it sets one, else the shop's. */
function returnWindow(s: Situation, book: Rulebook, policy: PolicyFacts) {
  const returns = marketplaceRules(book, s.marketplace).returns;
  if (returns?.windowDays !== undefined) {
    const since = returns.from === 'estimated-delivery' ? s.order.daysPastDeliveryDate : s.order.daysSinceDelivery;
    return { days: returns.windowDays, since, ruleId: returns.ruleId };
  }
  return { days: policy.returnWindowDays, since: s.order.daysSinceDelivery, ruleId: undefined };
}

function wantsToUndo(s: Situation, book: Rulebook, policy: PolicyFacts): Candidate[] {
  const window = returnWindow(s, book, policy);
  const ruleId = book.shippedIsNotCancelledRuleId;
  const { shippedCancelRequest } = marketplaceRules(book, s.marketplace);
  const decline =
    shippedCancelRequest && s.askedVia === 'platform-request'
      ? [
          {
            kind: 'upload-tracking' as const,
            why: said('advice.decline-by-tracking', { platform: book.displayName }),
            ruleId: shippedCancelRequest.ruleId,
          },
        ]
      : [];
  if (s.order.delivered && window.since !== undefined && window.since > window.days) {
    return [
      ...decline,
      {
        kind: 'decline-cancellation',
        why: said('advice.decline-late', { days: window.days }),
        ruleId: window.ruleId,
        templates: ['decline-politely'],
      },
      ...(policy.offersStoreCredit ? [{ kind: 'store-credit' as const, why: said('advice.store-credit') }] : []),
    ];
  }
  const offer: Candidate = window.ruleId
    ? {
        kind: 'offer-return',
        why: said('advice.offer-return-platform', { days: window.days }),
        ruleId: window.ruleId,
        templates: ['offer-return'],
      }
    : { kind: 'offer-return', why: said('advice.offer-return'), ruleId, templates: ['offer-return'] };
  return [
    ...decline,
    offer,
    ...(!s.order.delivered
      ? [{ kind: 'intercept-shipment' as const, why: said('advice.intercept-before-delivery') }]
      : []),
    { kind: 'decline-cancellation', why: said('advice.decline-shipped'), ruleId, templates: ['decline-politely'] },
  ];
}

function addressAfterShipping(s: Situation, book: Rulebook): Candidate[] {
  const rule = book.addressChange.kind === 'new-order' ? book.addressChange.afterShippingRuleId : undefined;
  if (s.order.delivered) return [{ kind: 'contact-buyer', why: said('advice.address-delivered'), ruleId: rule }];
  return [
    { kind: 'intercept-shipment', why: said('advice.redirect-parcel'), ruleId: rule },
    ...(rule ? [{ kind: 'partial-refund' as const, why: said('advice.refund-your-call'), ruleId: rule }] : []),
  ];
}

export function shippedOrder(s: Situation, book: Rulebook, policy: PolicyFacts): Candidate[] {
  const served = book.platformFulfilledService;
  if (served && s.order.fulfilment === 'platform' && s.reason !== 'suspected-fraud')
    return [
      {
        kind: 'refer-to-platform',
        why: said('advice.platform-serves', { platform: book.displayName }),
        ruleId: served.ruleId,
        templates: ['contact-platform-support'],
      },
    ];
  const evidence: Candidate = { kind: 'gather-evidence', why: said('advice.keep-delivery-proof') };
  switch (s.reason) {
    case 'not-received':
      return notReceived(s, book);
    case 'damaged':
    case 'not-as-described':
      return notAsExpected(s, book);
    case 'address-change':
      return addressAfterShipping(s, book);
    case 'suspected-fraud':
    case 'payment-problem':
      return claimActions(s, book, evidence).filter((c) => c.kind !== 'refund' && c.kind !== 'replacement');
    default:
      return s.claimOpen ? claimActions(s, book, evidence) : wantsToUndo(s, book, policy);
  }
}
