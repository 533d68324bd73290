// The advisor: ranked actions for one order, each with its why, the rule it rests on, its effect
// on the metrics and the drafts it needs. It never suggests what the platform forbids.
import { cancellationCounts } from '../cancellation-counting';
import { metricNameOf } from '../platform-words';
import { projectCancellation, type Projection } from '../projection';
import { marketplaceRules, ruleById, rulebookFor, type Rulebook } from '../rulebooks';
import { said } from '../said';
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

const CLAIMS = said('effect-metric.claims');

function notCancelling(c: Candidate, s: Situation, metric: Effect['metric']): Effect[] {
  const none: Effect = { metric, effect: 'none', detail: said('effect.no-cancellation') };
  if (c.kind === 'refund' && s.claimOpen)
    return [none, { metric: CLAIMS, effect: 'risk', detail: said('effect.refund-after-claim') }];
  if (c.kind === 'refund' || c.kind === 'replacement')
    return [none, { metric: CLAIMS, effect: 'helps', detail: said('effect.resolve-before-claim') }];
  return [none];
}

function effectsOf(c: Candidate, s: Situation, book: Rulebook): Effect[] {
  const metric = marketplaceRules(book, s.marketplace).cancellation;
  const isCancel = c.kind === 'cancel' || c.kind === 'confirm-buyer-cancellation';
  const cancellations = said('effect-metric.cancellations');
  if (!isCancel) return notCancelling(c, s, metric.kind === 'rate' ? metricNameOf(metric) : cancellations);
  if (metric.kind === 'none') return [{ metric: cancellations, effect: 'none', detail: metric.reason }];
  const name = metricNameOf(metric);
  const askedVia = c.kind === 'confirm-buyer-cancellation' ? 'platform-request' : s.askedVia;
  const ctx = { fulfilment: s.order.fulfilment, askedVia, reasonCode: c.reasonCode };
  const verdict = s.guard ? projectCancellation(s.guard, book, s.order, ctx) : cancellationCounts(book, metric, ctx);
  if (!verdict.counts) return [{ metric: name, effect: 'none', detail: verdict.why }];
  const to = (verdict as Projection).projectedRatePercent;
  const detail =
    to !== undefined && s.guard?.ratePercent !== undefined
      ? said('effect.projected', { why: verdict.why, from: s.guard.ratePercent, to, limit: s.guard.thresholdPercent! })
      : verdict.why;
  const effects: Effect[] = [{ metric: name, effect: 'counts', detail }];
  const risk = s.guard?.consecutive;
  if (risk && risk.recent >= risk.count - 1) {
    effects.push({
      metric: said('effect-metric.listing'),
      effect: 'risk',
      detail: said('guard.consecutive', { recent: risk.recent, count: risk.count, days: risk.withinDays }),
    });
  }
  return effects;
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
