// Turns the guard's figures into the few lines the in-page banner and the popup show, as codes the
// catalogue words in the reader's language. Pure, so the banner, the popup and the tests agree.
import { selfCancelMinutesLeft } from './buyer-window';
import type { GuardResult } from './rate-guard';
import { describeProjection, headroomLines, projectCancellation, type Projection } from './projection';
import { flowOf, metricNameOf } from './platform-words';
import type { Rulebook } from './rulebooks';
import { routeHint } from './route-hint';
import { said, type Said } from './said';
import type { Level, OrderSeen } from './types';

/** At most this many lines under the headline (the banner stays small). */
export const MAX_DETAILS = 8;

export interface GuardSummary {
  level: Level;
  ratePercent?: number;
  thresholdPercent?: number;
  projectedRatePercent?: number;
  headline: Said;
  details: Said[];
  /** For the cancel page/dialog: which reason is safe, and whether a buyer request is on record. */
  cancelReason?: { buyerReason: string; requestOnRecord: boolean };
}

function headline(guard: GuardResult, book: Rulebook): Said {
  if (guard.level === 'none' || guard.level === 'unknown' || !guard.metric || guard.ratePercent === undefined)
    return guard.reason ?? said('guard.no-figure-platform', { platform: book.displayName });
  // The level itself is shown beside the headline in words and colour; the headline gives the figures.
  const figures = {
    metric: metricNameOf(guard.metric),
    rate: guard.ratePercent,
    limit: guard.thresholdPercent!,
    days: guard.windowDays!,
  };
  return guard.counted !== undefined
    ? said('guard.headline', { ...figures, counted: guard.counted, total: guard.total! })
    : said('guard.headline-rate', figures);
}

/** How the buyer asked, as far as the page tells: only the platform's flow is on record. */
function askedViaFor(order: OrderSeen): 'platform-request' | 'seller' {
  return order.cancelRequest?.viaPlatform ? 'platform-request' : 'seller';
}

function projectionFor(guard: GuardResult, book: Rulebook, order: OrderSeen): Projection {
  return projectCancellation(guard, book, order, { fulfilment: order.fulfilment, askedVia: askedViaFor(order) });
}

/** What the guard knows beyond the headline: headroom, relief, other windows, an unstated window. */
function standing(guard: GuardResult): Said[] {
  const lines = headroomLines(guard);
  if (guard.nextReliefAt) lines.push(said('guard.relief', { at: guard.nextReliefAt }));
  if (guard.basis === 'observed') lines.push(said('guard.observed-only'));
  for (const w of guard.otherWindows ?? []) {
    lines.push(
      w.ratePercent === undefined
        ? said('guard.other-window-unknown', { days: w.windowDays })
        : said('guard.other-window', { days: w.windowDays, rate: w.ratePercent, limit: guard.thresholdPercent! }),
    );
  }
  if (guard.metric && !guard.metric.windowVerified)
    lines.push(said('guard.window-unverified', { days: guard.windowDays! }));
  return lines;
}

/** The lines about cancelling the order in front of the seller, most important first. */
function aboutCancelling(guard: GuardResult, book: Rulebook, focus: OrderSeen): Said[] {
  const viaPlatform = focus.cancelRequest?.viaPlatform ?? false;
  const p = projectionFor(guard, book, focus);
  const lines: Said[] = [];
  if (p.counts) lines.push(describeProjection(guard, p));
  else if (viaPlatform)
    lines.push(
      said('guard.buyer-request-free', { platform: book.displayName, reason: book.reasonCodes.buyerRequested }),
    );
  else lines.push(p.why);
  const hint = viaPlatform ? undefined : routeHint(book);
  if (hint && p.counts) lines.push(hint);
  const risk = guard.consecutive;
  if (p.counts && risk && risk.recent >= risk.count - 1)
    lines.push(said('guard.consecutive', { recent: risk.recent, count: risk.count, days: risk.withinDays }));
  const left = selfCancelMinutesLeft(book, focus.orderedAt, guard.at);
  if (left !== undefined && !viaPlatform) lines.push(said('guard.self-cancel', { flow: flowOf(book), left }));
  if (viaPlatform && book.cancelRequestAnswerHours)
    lines.push(said('guard.answer-request', { hours: book.cancelRequestAnswerHours }));
  return lines;
}

export function summarize(guard: GuardResult, book: Rulebook, focus?: OrderSeen): GuardSummary {
  let details = standing(guard);
  let projectedRatePercent: number | undefined;
  if (focus && (focus.status === 'shipped' || focus.status === 'delivered')) {
    details = [said('guard.shipped'), ...details];
  } else if (focus && focus.status !== 'cancelled' && guard.metric) {
    const p = projectionFor(guard, book, focus);
    if (p.counts) projectedRatePercent = p.projectedRatePercent;
    details = [...aboutCancelling(guard, book, focus), ...details];
  }
  return {
    level: guard.level,
    ratePercent: guard.ratePercent,
    thresholdPercent: guard.thresholdPercent,
    projectedRatePercent,
    headline: headline(guard, book),
    details: details.slice(0, MAX_DETAILS),
    cancelReason:
      focus && guard.metric
        ? { buyerReason: book.reasonCodes.buyerRequested, requestOnRecord: focus.cancelRequest?.viaPlatform ?? false }
        : undefined,
  };
}
