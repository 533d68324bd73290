// Turns the guard's figures into the few lines the in-page banner shows. Pure, so the same words
// appear in the banner, the popup and the tests.
import type { GuardResult } from './rate-guard';
import { describeProjection, headroomText, projectCancellation, type Projection } from './projection';
import type { Rulebook } from './rulebooks';
import { routeHint } from './route-hint';
import type { Level, OrderSeen } from './types';

export interface GuardSummary {
  level: Level;
  ratePercent?: number;
  thresholdPercent?: number;
  projectedRatePercent?: number;
  headline: string;
  details: string[];
  /** For the cancel page/dialog: which reason is safe, and whether a buyer request is on record. */
  cancelReason?: { buyerReason: string; requestOnRecord: boolean };
}

function when(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function headline(guard: GuardResult, book: Rulebook): string {
  if (guard.level === 'none' || guard.level === 'unknown') return guard.reason ?? `${book.displayName}: no figure yet.`;
  // The level itself is shown beside the headline in words and colour; the headline gives the figures.
  const of = guard.counted !== undefined ? ` (${guard.counted} of ${guard.total})` : '';
  return `${guard.metric?.name ?? 'Rate'} ${guard.ratePercent}%${of}, limit ${guard.thresholdPercent}% over ${guard.windowDays} days.`;
}

/** How the buyer asked, as far as the page tells: only the platform's flow is on record. */
export function askedViaFor(order: OrderSeen): 'platform-request' | 'seller' {
  return order.cancelRequest?.viaPlatform ? 'platform-request' : 'seller';
}

export function projectionFor(guard: GuardResult, book: Rulebook, order: OrderSeen): Projection {
  return projectCancellation(guard, book, order, { fulfilment: order.fulfilment, askedVia: askedViaFor(order) });
}

export function summarize(guard: GuardResult, book: Rulebook, focus?: OrderSeen): GuardSummary {
  const details: string[] = [];
  const room = headroomText(guard);
  if (room) details.push(room);
  if (guard.nextReliefAt)
    details.push(`The oldest counted cancellation we saw leaves the window on ${when(guard.nextReliefAt)}.`);
  if (guard.basis === 'observed')
    details.push("Based only on the orders seen here; open Account Health for the platform's own figure.");
  let projectedRatePercent: number | undefined;
  if (focus && (focus.status === 'shipped' || focus.status === 'delivered')) {
    details.unshift('Already shipped: not delivering it now is a refund or return, not a cancellation.');
  } else if (focus && focus.status !== 'cancelled' && guard.metric) {
    const p = projectionFor(guard, book, focus);
    if (p.counts) projectedRatePercent = p.projectedRatePercent;
    else if (focus.cancelRequest?.viaPlatform) {
      details.unshift(
        `This buyer used ${book.displayName}'s cancellation request: cancelling with reason ${book.reasonCodes.buyerRequested} will not count.`,
      );
    }
    if (p.counts) details.unshift(describeProjection(guard, p));
    else if (!focus.cancelRequest?.viaPlatform) details.unshift(p.why);
    const hint = focus.cancelRequest?.viaPlatform ? undefined : routeHint(book);
    if (hint && p.counts) details.splice(1, 0, hint);
  }
  return {
    level: guard.level,
    ratePercent: guard.ratePercent,
    thresholdPercent: guard.thresholdPercent,
    projectedRatePercent,
    headline: headline(guard, book),
    details: details.slice(0, 8),
    cancelReason:
      focus && guard.metric
        ? { buyerReason: book.reasonCodes.buyerRequested, requestOnRecord: focus.cancelRequest?.viaPlatform ?? false }
        : undefined,
  };
}
