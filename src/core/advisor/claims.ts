// A claim, case, dispute or request about a shipped order. Where resolving it in time keeps it off
// the seller's record (Mercado Libre's two business days, eBay's resolved requests, Etsy's 48 hours),
// the refund or replacement comes first; where a refund after a claim still counts (Amazon), the
// evidence does, and the refund stays on the list with its cost said.
import { deadlineOf, escalationOf } from '../platform-words';
import { marketplaceRules, type Rulebook } from '../rulebooks';
import { said } from '../said';
import type { Candidate } from './candidates';
import type { Situation } from './types';

function escalate(book: Rulebook): Candidate {
  const e = book.escalation;
  return {
    kind: 'escalate-to-platform',
    why: e.answerWithin
      ? said('advice.answer-claim-within', { escalation: escalationOf(book), within: deadlineOf(e.answerWithin) })
      : said('advice.answer-claim', { escalation: escalationOf(book) }),
    ruleId: e.answerWithin?.ruleId ?? e.ruleId,
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
  const mediation: Candidate[] = e.mediation
    ? [
        {
          kind: 'escalate-to-platform',
          why: said('advice.mediation', { escalation: escalationOf(book) }),
          ruleId: e.mediation.ruleId,
        },
      ]
    : [escalate(book)];
  if (resolve) {
    const within = e.answerWithin ? deadlineOf(e.answerWithin) : undefined;
    return [
      {
        kind: 'refund',
        why: within ? said('advice.resolve-in-time', { within }) : said('advice.resolve-claim'),
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
  const deadline = market.returns?.answerWithin ?? book.escalation.answerWithin;
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
