// The advisor: ranked actions for one order, each with its why, the rule it rests on, its effect
// on the metrics and the drafts it needs. It never suggests what the platform forbids.
import { cancellationCounts } from '../cancellation-counting';
import { projectCancellation } from '../projection';
import { marketplaceRules, ruleById, rulebookFor, type Rulebook } from '../rulebooks';
import { candidatesFor, type Candidate } from './candidates';
import { DEFAULT_POLICY, type Action, type Effect, type Situation } from './types';

/** The platform's prohibitions, applied to every candidate list. */
export function forbidden(c: Candidate, s: Situation, book: Rulebook): boolean {
  if (c.kind === 'ask-buyer-to-request-cancellation') {
    if (book.askBuyerToCancel === 'never') return true;
    if (book.askBuyerToCancel === 'not-when-out-of-stock' && s.reason === 'out-of-stock') return true;
  }
  // Once shipped, "cancel" is a refund or a return (Amazon says so outright).
  const shipped = s.order.status === 'shipped' || s.order.status === 'delivered';
  return (
    shipped &&
    (c.kind === 'cancel' || c.kind === 'confirm-buyer-cancellation' || c.kind === 'ask-buyer-to-request-cancellation')
  );
}

function effectsOf(c: Candidate, s: Situation, book: Rulebook): Effect[] {
  const metric = marketplaceRules(book, s.marketplace).cancellation;
  const isCancel = c.kind === 'cancel' || c.kind === 'confirm-buyer-cancellation';
  if (!isCancel) {
    const none: Effect = {
      metric: metric.kind === 'rate' ? metric.name : 'cancellations',
      effect: 'none',
      detail: 'No cancellation is made.',
    };
    if (c.kind === 'refund' && s.claimOpen)
      return [
        none,
        { metric: 'claims', effect: 'risk', detail: 'A refund after a claim was filed still counts as a defect.' },
      ];
    if (c.kind === 'refund' || c.kind === 'replacement')
      return [
        none,
        { metric: 'claims', effect: 'helps', detail: 'Resolving before a claim keeps it off your defect rate.' },
      ];
    return [none];
  }
  if (metric.kind === 'none') return [{ metric: 'cancellations', effect: 'none', detail: metric.reason }];
  const askedVia = c.kind === 'confirm-buyer-cancellation' ? 'platform-request' : s.askedVia;
  const ctx = { fulfilment: s.order.fulfilment, askedVia, reasonCode: c.reasonCode };
  const verdict = s.guard ? projectCancellation(s.guard, book, s.order, ctx) : cancellationCounts(book, metric, ctx);
  if (!verdict.counts) return [{ metric: metric.name, effect: 'none', detail: verdict.why }];
  const projectedRate = (verdict as { projectedRatePercent?: number }).projectedRatePercent;
  const projected =
    projectedRate !== undefined
      ? ` ${s.guard!.ratePercent}% → ${projectedRate}% (limit ${s.guard!.thresholdPercent}%).`
      : '';
  return [{ metric: metric.name, effect: 'counts', detail: `${verdict.why}${projected}` }];
}

export function advise(s: Situation): Action[] {
  const book = rulebookFor(s.platform);
  const policy = s.policy ?? DEFAULT_POLICY;
  // Candidates come in order of preference (candidates.ts puts the route that does not count
  // before the cancellation that does); the platform's prohibitions only remove.
  return candidatesFor(s, book, policy)
    .filter((c) => !forbidden(c, s, book))
    .map((c): Action => ({
      kind: c.kind,
      why: c.why,
      ruleId: c.ruleId,
      source: c.ruleId ? ruleById(book, c.ruleId).source : undefined,
      reasonCode: c.reasonCode,
      effects: effectsOf(c, s, book),
      templates: c.templates ?? [],
    }));
}
