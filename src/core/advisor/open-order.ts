// Actions for an order that has not shipped: the buyer wants out, the item is out of stock, the
// address changed, the payment is stuck, or the order looks fraudulent.
import { selfCancelMinutesLeft } from '../buyer-window';
import { flowOf } from '../platform-words';
import type { Rulebook } from '../rulebooks';
import { said } from '../said';
import type { Candidate } from './candidates';
import type { Situation } from './types';

function confirmRequest(book: Rulebook): Candidate {
  const reason = book.reasonCodes.buyerRequested;
  const hours = book.cancelRequestAnswerHours;
  const flow = flowOf(book);
  return {
    kind: 'confirm-buyer-cancellation',
    reasonCode: reason,
    why: hours ? said('advice.confirm-within', { flow, reason, hours }) : said('advice.confirm', { flow, reason }),
    templates: ['cancellation-confirmed'],
  };
}

function askToRequest(s: Situation, book: Rulebook): Candidate {
  const flow = flowOf(book);
  const left = selfCancelMinutesLeft(book, s.order.orderedAt, s.now);
  return {
    kind: 'ask-buyer-to-request-cancellation',
    why: left ? said('advice.ask-self-cancel', { flow, left }) : said('advice.ask', { flow }),
    ruleId: book.buyerCancelFlow?.ruleId,
    templates: ['ask-request-cancellation'],
  };
}

function buyerWantsOut(s: Situation, book: Rulebook): Candidate[] {
  if (s.askedVia === 'platform-request') return [confirmRequest(book)];
  const reason = book.reasonCodes.buyerRequested;
  const platform = book.displayName;
  const cancel: Candidate = {
    kind: 'cancel',
    reasonCode: reason,
    why: said('advice.cancel-buyer-reason', { reason }),
    templates: ['cancellation-confirmed'],
  };
  const route = book.buyerCancelRoute;
  switch (route.kind) {
    case 'seller-cancels-with-proof':
      return [
        { ...cancel, why: said('advice.cancel-no-ask', { platform }), ruleId: route.ruleId },
        { kind: 'gather-evidence', why: said('advice.keep-chat', { platform }), ruleId: route.proofRuleId },
      ];
    case 'seller-cancels-uncounted':
      return [
        { ...cancel, why: said('advice.cancel-uncounted', { reason, platform }), ruleId: route.ruleId },
        askToRequest(s, book),
      ];
    case 'seller-only':
      return [{ ...cancel, why: said('advice.cancel-seller-only', { platform }), ruleId: route.ruleId }];
    case 'buyer-flow':
      if (s.reason === 'duplicate-order' && s.askedVia === 'seller') {
        return [
          { kind: 'contact-buyer', why: said('advice.check-duplicates'), templates: ['duplicate-check'] },
          askToRequest(s, book),
          cancel,
        ];
      }
      return [askToRequest(s, book), cancel];
  }
}

function addressChange(book: Rulebook): Candidate[] {
  const change = book.addressChange;
  if (change.kind === 'new-order') {
    return [
      {
        kind: 'ship-to-order-address',
        why: said('advice.order-address-only', { platform: book.displayName }),
        ruleId: change.ruleId,
        templates: ['address-cannot-change'],
      },
      {
        kind: 'ask-buyer-to-request-cancellation',
        why: said('advice.ask-reorder'),
        ruleId: change.ruleId,
        templates: ['ask-request-cancellation'],
      },
    ];
  }
  return [
    { kind: 'update-address', why: said('advice.update-address'), templates: ['address-update-confirm'] },
    { kind: 'ship-to-order-address', why: said('advice.ship-to-order-address') },
  ];
}

function unpaid(book: Rulebook): Candidate[] {
  const unpaidOrders = book.unpaidOrders;
  if (unpaidOrders.kind === 'platform-cancels') {
    return [{ kind: 'contact-buyer', why: said('advice.platform-cancels-unpaid'), templates: ['payment-reminder'] }];
  }
  return [
    { kind: 'contact-buyer', why: said('advice.remind-payment'), templates: ['payment-reminder'] },
    {
      kind: 'cancel',
      reasonCode: unpaidOrders.reasonCode,
      why: said('advice.cancel-unpaid'),
      ruleId: unpaidOrders.ruleId,
    },
  ];
}

export function openOrder(s: Situation, book: Rulebook): Candidate[] {
  switch (s.reason) {
    case 'out-of-stock':
      return [
        {
          kind: 'cancel',
          reasonCode: book.reasonCodes.outOfStock,
          why: said('advice.cancel-out-of-stock', { reason: book.reasonCodes.outOfStock }),
          ruleId: book.askBuyerToCancelRuleId,
          templates: ['out-of-stock-cancelled'],
        },
        { kind: 'replacement', why: said('advice.offer-similar'), templates: ['replacement-offer'] },
      ];
    case 'address-change':
      return addressChange(book);
    case 'payment-problem':
      return unpaid(book);
    case 'suspected-fraud':
      return [
        { kind: 'gather-evidence', why: said('advice.hold-for-fraud') },
        {
          kind: 'escalate-to-platform',
          why: said('advice.report-fraud', { platform: book.displayName }),
          ruleId: book.escalation.ruleId,
        },
      ];
    default:
      return buyerWantsOut(s, book);
  }
}
