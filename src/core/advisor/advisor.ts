// The advisor: ranked actions for one order, each with its why, the rule it rests on (with how sure
// we are of it for this marketplace), its effect on the metrics and the drafts it needs. It never
// suggests what the platform forbids.
import { templateFits } from '../drafts/lint';
import { marketRuleId, refOf, ruleById, rulebookFor, type Rulebook } from '../rulebooks';
import { candidatesFor, type Candidate } from './candidates';
import { effectsOf } from './effects';
import { DEFAULT_POLICY, type Action, type ActionKind, type Situation } from './types';

const CANCELLING = new Set<ActionKind>(['cancel', 'confirm-buyer-cancellation', 'ask-buyer-to-request-cancellation']);

/** The platform's prohibitions, applied to every candidate list. */
export function forbidden(c: Candidate, s: Situation, book: Rulebook): boolean {
  if (c.kind === 'ask-buyer-to-request-cancellation') {
    if (book.askBuyerToCancel === 'never') return true;
    if (book.askBuyerToCancel === 'not-when-out-of-stock' && s.reason === 'out-of-stock') return true;
  }
  // No draft that asks the buyer to cancel where the platform forbids asking (TikTok).
  if (c.templates?.some((t) => !templateFits(t, book))) return true;
  // Once shipped, "cancel" is a refund or a return (Amazon says so outright).
  const shipped = s.order.status === 'shipped' || s.order.status === 'delivered' || s.order.delivered === true;
  if (shipped && CANCELLING.has(c.kind)) return true;
  // The buyer's reason is theirs: never for a cancellation the buyer did not ask for.
  if (c.kind === 'cancel' && c.reasonCode === book.reasonCodes.buyerRequested.code && s.askedVia === 'seller')
    return true;
  // Past the seller's own window, or with a request or case open, there is no cancelling (eBay).
  const window = book.sellerCancelWindow;
  const late = window !== undefined && ((s.order.ageDays ?? 0) > window.days || s.requestOpen || s.claimOpen);
  return late === true && (c.kind === 'cancel' || c.kind === 'confirm-buyer-cancellation');
}

export function advise(s: Situation): Action[] {
  const book = rulebookFor(s.platform);
  const policy = s.policy ?? DEFAULT_POLICY;
  // Candidates come in order of preference (candidates.ts puts the route that does not count
  // before the cancellation that does); the platform's prohibitions only remove.
  return candidatesFor(s, book, policy)
    .filter((c) => !forbidden(c, s, book))
    .map((c): Action => {
      // A marketplace with a page of its own for the rule cites that page (TikTok Thailand).
      const ruleId = c.ruleId === undefined ? undefined : marketRuleId(book, s.marketplace, c.ruleId);
      const rule = ruleId === undefined ? undefined : refOf(ruleById(book, ruleId), s.marketplace);
      return {
        kind: c.kind,
        why: c.why,
        ruleId,
        source: rule?.source,
        rule,
        reasonCode: c.reasonCode,
        effects: effectsOf(c, s, book),
        templates: c.templates ?? [],
      };
    });
}
