// Actions for an order that has not shipped: the buyer wants out, the item is out of stock, the
// address changed, the payment is stuck, or the order looks fraudulent.
import { said } from '../said';
import type { Rulebook } from '../rulebooks';
import { askToRequest, buyerWantsOut } from './buyer-wants-out';
import { cancelWith, explainFirst, type Candidate } from './candidates';
import type { Situation } from './types';

function outOfStock(s: Situation, book: Rulebook): Candidate[] {
  const reason = book.reasonCodes.outOfStock;
  const list: Candidate[] = [];
  // The buyer asked in the platform's own flow first: that request is theirs, whatever the stock.
  if (s.askedVia === 'platform-request') list.push(...buyerWantsOut(s, book));
  const wait = book.outOfStockAlternatives;
  if (wait)
    list.push({
      kind: 'extend-handling-time',
      why: said('advice.backorder'),
      ruleId: wait.ruleId,
      templates: ['backorder-notice'],
    });
  if (book.buyerCancelRoute.kind === 'explain-first') list.push(explainFirst(book.buyerCancelRoute.ruleId));
  list.push(
    cancelWith(reason, said('advice.cancel-out-of-stock', { reason: reason.code }), ['out-of-stock-cancelled']),
  );
  // Tell the buyer it is done, never ask them to do it: the rule that forbids asking backs this message.
  const noAsk = book.askBuyerToCancelRuleId;
  if (noAsk && book.buyerCancelRoute.kind !== 'explain-first')
    list.push({
      kind: 'contact-buyer',
      why: said('advice.no-ask-out-of-stock'),
      ruleId: noAsk,
      templates: ['out-of-stock-cancelled'],
    });
  list.push({ kind: 'replacement', why: said('advice.offer-similar'), templates: ['replacement-offer'] });
  return list;
}

function addressChange(s: Situation, book: Rulebook): Candidate[] {
  const change = book.addressChange;
  if (change.kind === 'new-order') {
    const ask = askToRequest(s, book).map((c) => ({ ...c, why: said('advice.ask-reorder'), ruleId: change.ruleId }));
    return [
      {
        kind: 'ship-to-order-address',
        why: said('advice.order-address-only', { platform: book.displayName }),
        ruleId: change.ruleId,
        templates: ['address-cannot-change'],
      },
      ...ask,
    ];
  }
  const list: Candidate[] = [
    { kind: 'update-address', why: said('advice.update-address'), templates: ['address-update-confirm'] },
    { kind: 'ship-to-order-address', why: said('advice.ship-to-order-address') },
  ];
  const undeliverable = change.undeliverable;
  if (undeliverable)
    list.push(cancelWith(undeliverable, said('advice.cancel-address', { reason: undeliverable.code })));
  return list;
}

function unpaid(book: Rulebook): Candidate[] {
  const rule = book.unpaidOrders;
  const remind: Candidate = {
    kind: 'contact-buyer',
    why: said('advice.remind-payment'),
    templates: ['payment-reminder'],
  };
  switch (rule.kind) {
    case 'pending':
      return [
        {
          kind: 'wait-for-platform',
          why: said('advice.wait-pending', { platform: book.displayName }),
          ruleId: rule.ruleId,
        },
      ];
    case 'unpaid-route':
      return [
        remind,
        {
          kind: 'report-unpaid',
          why: said('advice.unpaid-route', { platform: book.displayName }),
          ruleId: rule.ruleId,
        },
      ];
    case 'seller-cancels':
      return [remind, cancelWith(rule.reason, said('advice.cancel-unpaid'))];
    case 'not-stated':
      return [{ kind: 'wait-for-platform', why: said('advice.unpaid-no-rule', { platform: book.displayName }) }];
  }
}

function fraud(book: Rulebook): Candidate[] {
  const platform = book.displayName;
  const removal = book.fraud;
  return [
    { kind: 'gather-evidence', why: said('advice.hold-for-fraud') },
    removal
      ? { kind: 'escalate-to-platform', why: said('advice.report-fraud-removal', { platform }), ruleId: removal.ruleId }
      : { kind: 'escalate-to-platform', why: said('advice.report-fraud', { platform }) },
  ];
}

export function openOrder(s: Situation, book: Rulebook): Candidate[] {
  switch (s.reason) {
    case 'out-of-stock':
      return outOfStock(s, book);
    case 'address-change':
      return addressChange(s, book);
    case 'payment-problem':
      return unpaid(book);
    case 'suspected-fraud':
      return fraud(book);
    default:
      return buyerWantsOut(s, book);
  }
}
