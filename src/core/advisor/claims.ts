// A claim, case, dispute or request about a shipped order. Where resolving it in time keeps it off
// the seller's record (Mercado Libre's two business days, eBay's resolved requests, Etsy's 48 hours),
// the refund or replacement comes first; where a refund after a claim still counts (Amazon), the
// evidence does, and the refund stays on the list with its cost said.
import { deadlineOf, escalationOf, sureOf } from '../platform-words';
import { marketplaceRules, type Rulebook } from '../rulebooks';
import { said } from '../said';
import type { Candidate } from './candidates';
import type { Situation } from './types';

/** Answer where the claim is answered (its rule), within its deadline (how sure that deadline is, said). */
function escalate(s: Situation, book: Rulebook): Candidate {
  const e = book.escalation;
  const escalation = escalationOf(book);
  const within = e.answerWithin;
  return {
    kind: 'escalate-to-platform',
    why: within
      ? said('advice.answer-claim-within', {
          escalation,
          within: deadlineOf(within),
          sure: sureOf(book, s.marketplace, within.ruleId),
        })
      : said('advice.answer-claim', { escalation }),
    ruleId: e.ruleId,
  };
}

/** Ask the platform to take it out of the reputation, where its rules name this ground (Mercado Libre). */
function exclusion(s: Situation, book: Rulebook): Candidate[] {
  const review = book.escalation.exclusionReview;
  const ground =
    s.reason === 'not-received' && s.order.delivered
      ? 'delivered-not-received'
      : s.reason === 'not-received'
        ? 'carrier-delay'
        : s.reason === 'changed-mind'
          ? 'remorse'
          : s.reason === 'duplicate-order'
            ? 'buyer-error'
            : undefined;
  if (!review || !ground || !review.grounds.includes(ground)) return [];
  return [{ kind: 'request-exclusion-review', why: said(`advice.exclusion.${ground}`), ruleId: review.ruleId }];
}

/** A claim or case the platform has stepped into. */
export function claimActions(s: Situation, book: Rulebook, evidence: Candidate): Candidate[] {
  const e = book.escalation;
  const resolve = e.resolvingInTimeKeepsItOff;
  // Answer the claim where it is answered; where the platform mediates, take it there if the buyer disagrees.
  const mediation: Candidate[] = [escalate(s, book)];
  if (e.mediation)
    mediation.push({
      kind: 'request-mediation',
      why: said('advice.mediation', { escalation: escalationOf(book) }),
      ruleId: e.mediation.ruleId,
    });
  if (resolve) {
    const deadline = e.answerWithin;
    return [
      {
        kind: 'refund',
        why: deadline
          ? said('advice.resolve-in-time', {
              within: deadlineOf(deadline),
              sure: sureOf(book, s.marketplace, deadline.ruleId),
            })
          : said('advice.resolve-claim'),
        ruleId: resolve.ruleId,
        templates: ['refund-issued'],
      },
      {
        kind: 'replacement',
        why: said('advice.replacement-resolves'),
        ruleId: resolve.ruleId,
        templates: ['replacement-offer'],
      },
      evidence,
      ...mediation,
      ...exclusion(s, book),
    ];
  }
  return [
    evidence,
    ...mediation,
    {
      kind: 'refund',
      why: said('advice.refund-during-claim'),
      ruleId: e.refundBeforeClaimRuleId,
      templates: ['refund-issued'],
    },
    ...exclusion(s, book),
  ];
}

/** A request the buyer opened with the seller: answered in time, with what resolves it. */
export function requestActions(s: Situation, book: Rulebook, last: Candidate[]): Candidate[] {
  const market = marketplaceRules(book, s.marketplace);
  const deadline = market.returns?.answerWithin ?? book.escalation.requestAnswerWithin;
  const why = deadline
    ? said('advice.answer-request', { within: deadlineOf(deadline) })
    : said('advice.answer-request-soon');
  return [
    { kind: 'refund', why, ruleId: deadline?.ruleId, templates: ['refund-issued'] },
    { kind: 'replacement', why: said('advice.replacement'), templates: ['replacement-offer'] },
    ...last,
    ...exclusion(s, book),
  ];
}
