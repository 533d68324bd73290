// Turns the guard's figures into the few lines the in-page banner and the popup show, as codes the
// catalogue words in the reader's language. Pure, so the banner, the popup and the tests agree.
import { standingLines } from './guard-lines';
import { aboutCancelling, aboutShipped, projectionFor } from './order-lines';
import { metricNameOf } from './platform-words';
import type { GuardResult } from './rate-guard';
import type { Rulebook } from './rulebooks';
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

export function summarize(guard: GuardResult, book: Rulebook, focus?: OrderSeen): GuardSummary {
  let details = standingLines(guard, book);
  let projectedRatePercent: number | undefined;
  if (focus && (focus.status === 'shipped' || focus.status === 'delivered')) {
    details = [...aboutShipped(book, focus, guard.at), ...details];
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
        ? {
            buyerReason: book.reasonCodes.buyerRequested.code,
            requestOnRecord: focus.cancelRequest?.viaPlatform ?? false,
          }
        : undefined,
  };
}
