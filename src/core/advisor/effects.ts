// What an action does to the platform's metrics: a cancellation counts or not (with the projection
// where the guard has figures, and the band it would cross into), a refund or replacement resolves a
// request or claim in time, or comes after a claim that still counts.
import { cancellationCounts } from '../cancellation-counting';
import { deadlineOf, metricNameOf } from '../platform-words';
import { projectCancellation, type Projection } from '../projection';
import { marketplaceRules, type Rulebook } from '../rulebooks';
import { said, type Said } from '../said';
import type { Candidate } from './candidates';
import type { Effect, Situation } from './types';

const CLAIMS = said('effect-metric.claims');

function notCancelling(c: Candidate, s: Situation, book: Rulebook, metric: Said): Effect[] {
  const none: Effect = { metric, effect: 'none', detail: said('effect.no-cancellation') };
  if (c.kind !== 'refund' && c.kind !== 'replacement') return [none];
  const e = book.escalation;
  const deadline = s.claimOpen ? e.answerWithin : e.requestAnswerWithin;
  const within = deadline ? deadlineOf(deadline) : undefined;
  const inTime: Effect | undefined =
    e.resolvingInTimeKeepsItOff && within
      ? { metric: CLAIMS, effect: 'helps', detail: said('effect.resolve-in-time', { within }) }
      : undefined;
  if (s.claimOpen || s.requestOpen) {
    if (inTime) return [none, inTime];
    if (s.claimOpen && e.refundBeforeClaimRuleId)
      return [none, { metric: CLAIMS, effect: 'risk', detail: said('effect.refund-after-claim') }];
    return [none];
  }
  if (e.refundBeforeClaimRuleId)
    return [none, { metric: CLAIMS, effect: 'helps', detail: said('effect.resolve-before-claim') }];
  return [none];
}

export function effectsOf(c: Candidate, s: Situation, book: Rulebook): Effect[] {
  const metric = marketplaceRules(book, s.marketplace).cancellation;
  const isCancel = c.kind === 'cancel' || c.kind === 'confirm-buyer-cancellation';
  const cancellations = said('effect-metric.cancellations');
  if (!isCancel) return notCancelling(c, s, book, metric.kind === 'rate' ? metricNameOf(metric) : cancellations);
  if (metric.kind === 'none') return [{ metric: cancellations, effect: 'none', detail: metric.reason }];
  const name = metricNameOf(metric);
  const askedVia = c.kind === 'confirm-buyer-cancellation' ? 'platform-request' : s.askedVia;
  const ctx = {
    fulfilment: s.order.fulfilment,
    askedVia,
    reasonCode: c.reasonCode,
    platformSaysNotCounted: s.order.affectsReputation === false,
  };
  const verdict: Projection = s.guard
    ? projectCancellation(s.guard, book, s.order, ctx)
    : cancellationCounts(book, metric, ctx);
  if (!verdict.counts) return [{ metric: name, effect: 'none', detail: verdict.why }];
  const to = verdict.projectedRatePercent;
  const detail =
    to !== undefined && s.guard?.ratePercent !== undefined
      ? said('effect.projected', { why: verdict.why, from: s.guard.ratePercent, to, limit: s.guard.thresholdPercent! })
      : verdict.why;
  const effects: Effect[] = [{ metric: name, effect: 'counts', detail }];
  if (verdict.projectedBand)
    effects.push({
      metric: name,
      effect: 'risk',
      detail: said('effect.band', { band: said(`band.${verdict.projectedBand}`) }),
    });
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
