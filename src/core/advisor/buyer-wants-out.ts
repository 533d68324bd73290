// A buyer who wants out of an order that has not shipped, by the platform's route: confirm a request
// made in the platform's own flow; point the buyer to that flow where it keeps the cancellation out
// of the metric and is still open; cancel with the buyer's reason where that is what the platform
// counts as theirs; explain and offer a solution first where every cancellation counts. The buyer's
// reason is never used for a cancellation the buyer did not ask for.
import { requestFlowClosed, selfCancelMinutesLeft } from '../buyer-window';
import { cancellationCounts } from '../cancellation-counting';
import { deadlineOf, flowOf } from '../platform-words';
import { marketplaceRules, type Rulebook } from '../rulebooks';
import { said } from '../said';
import { cancelWith, explainFirst, type Candidate } from './candidates';
import type { Situation } from './types';

/** Whether the platform has a rate that a cancellation the buyer requests in its own flow stays out of. */
function buyerRequestIsFree(s: Situation, book: Rulebook): boolean {
  const metric = marketplaceRules(book, s.marketplace).cancellation;
  if (metric.kind === 'none') return false;
  return !cancellationCounts(book, metric, { fulfilment: s.order.fulfilment, askedVia: 'platform-request' }).counts;
}

function confirmRequest(s: Situation, book: Rulebook): Candidate {
  const reason = book.reasonCodes.buyerRequested;
  const flow = flowOf(book);
  const answer = marketplaceRules(book, s.marketplace).cancelRequestAnswer;
  const route = book.buyerCancelRoute;
  const counts = route.kind === 'explain-first';
  return {
    kind: 'confirm-buyer-cancellation',
    reasonCode: reason.code,
    why: counts
      ? said('advice.confirm-counts', { platform: book.displayName })
      : answer
        ? said('advice.confirm-within', { flow, reason: reason.code, within: deadlineOf(answer) })
        : said('advice.confirm', { flow, reason: reason.code }),
    // The rule behind the sentence: whoever-asked, the answer deadline, or the buyer's reason.
    ruleId: route.kind === 'explain-first' ? route.ruleId : answer ? answer.ruleId : reason.ruleId,
    templates: ['cancellation-confirmed'],
  };
}

/** Point the buyer to the platform's own request flow, while it is open to them. */
export function askToRequest(s: Situation, book: Rulebook): Candidate[] {
  const flowRule = book.buyerCancelFlow;
  // Only where the buyer's own request is what keeps it off the seller (not where every cancellation counts).
  const routed =
    book.buyerCancelRoute.kind === 'buyer-flow' || book.buyerCancelRoute.kind === 'seller-cancels-uncounted';
  if (!flowRule?.ruleId || !routed || requestFlowClosed(book, s.order.orderedAt, s.now)) return [];
  const flow = flowOf(book);
  const left = selfCancelMinutesLeft(book, s.order.orderedAt, s.now);
  const free = buyerRequestIsFree(s, book);
  return [
    {
      kind: 'ask-buyer-to-request-cancellation',
      why:
        free && left
          ? said('advice.ask-self-cancel', { flow, left })
          : free
            ? said('advice.ask', { flow })
            : said('advice.ask-own-reason', { flow }),
      ruleId: free && left ? flowRule.selfCancel!.ruleId : flowRule.ruleId,
      templates: ['ask-request-cancellation'],
    },
  ];
}

/** The seller had the idea (a duplicate noticed, stock or time running out): never the buyer's reason. */
function sellersIdea(s: Situation, book: Rulebook): Candidate[] {
  const route = book.buyerCancelRoute;
  const explain = route.kind === 'explain-first' ? [explainFirst(route.ruleId)] : [];
  // Ask first; only the buyer's answer makes it their cancellation.
  if (s.reason === 'duplicate-order')
    return [
      { kind: 'contact-buyer', why: said('advice.check-duplicates'), templates: ['duplicate-check'] },
      ...askToRequest(s, book),
    ];
  const own = book.reasonCodes.sellerCannotShip;
  return [
    ...explain,
    cancelWith(own, said('advice.cancel-seller-reason', { reason: own.code }), ['out-of-stock-cancelled']),
  ];
}

export function buyerWantsOut(s: Situation, book: Rulebook): Candidate[] {
  if (s.askedVia === 'platform-request') return [confirmRequest(s, book)];
  if (s.askedVia === 'seller') return sellersIdea(s, book);
  const reason = book.reasonCodes.buyerRequested;
  const platform = book.displayName;
  const cancel = cancelWith(reason, said('advice.cancel-buyer-reason', { reason: reason.code }), [
    'cancellation-confirmed',
  ]);
  const route = book.buyerCancelRoute;
  switch (route.kind) {
    case 'seller-cancels-with-proof':
      return [
        { ...cancel, why: said('advice.cancel-no-ask', { platform }), ruleId: route.ruleId },
        { kind: 'gather-evidence', why: said('advice.keep-chat', { platform }), ruleId: route.proofRuleId },
      ];
    case 'seller-cancels-uncounted':
      return [
        { ...cancel, why: said('advice.cancel-uncounted', { reason: reason.code, platform }), ruleId: route.ruleId },
        ...askToRequest(s, book),
      ];
    case 'seller-only':
      return [{ ...cancel, why: said('advice.cancel-seller-only', { platform }), ruleId: route.ruleId }];
    case 'explain-first':
      return [
        explainFirst(route.ruleId),
        { ...cancel, why: said('advice.cancel-counts-anyway', { platform }), ruleId: route.ruleId },
      ];
    case 'buyer-flow':
      return [...askToRequest(s, book), cancel];
  }
}
