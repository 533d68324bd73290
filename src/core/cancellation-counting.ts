// Whether one cancellation counts against the platform's metric, and the rule that says so. Each
// verdict names a rule of the metric's own `countRules`: nothing is guessed from rule ids.
import type { AskedVia, CancellationMetric, Rulebook } from './rulebooks';
import { metricNameOf } from './platform-words';
import { said, type Said } from './said';
import type { Fulfilment } from './types';

export interface CancellationContext {
  fulfilment: Fulfilment;
  askedVia: AskedVia;
  /** The reason code the seller picks; omitted means "the right one for how the buyer asked". */
  reasonCode?: string;
  /** The platform's own page says this sale does not count (Mercado Libre's "No afecta tu reputación"). */
  platformSaysNotCounted?: boolean;
}

export interface CountVerdict {
  counts: boolean;
  why: Said;
  ruleId: string;
}

export function cancellationCounts(book: Rulebook, metric: CancellationMetric, ctx: CancellationContext): CountVerdict {
  if (metric.kind === 'none') return { counts: false, why: metric.reason, ruleId: metric.ruleIds[0] ?? '' };
  const rules = metric.countRules;
  const metricName = metricNameOf(metric, true);
  if (ctx.platformSaysNotCounted)
    return {
      counts: false,
      why: said('count.platform-says-not', { platform: book.displayName }),
      ruleId: rules.definition,
    };
  if (metric.excludesPlatformFulfilled && ctx.fulfilment === 'platform') {
    return {
      counts: false,
      why: said('count.platform-fulfilled', { metric: metricName }),
      ruleId: rules.platformFulfilled ?? rules.definition,
    };
  }
  const reason = book.reasonCodes.buyerRequested.code;
  const pickedOtherReason = ctx.reasonCode !== undefined && ctx.reasonCode !== reason;
  if (metric.notCountedWhenAskedVia.includes(ctx.askedVia) && !pickedOtherReason) {
    return {
      counts: false,
      why:
        ctx.askedVia === 'platform-request'
          ? said('count.asked-via-platform', { platform: book.displayName, reason })
          : said('count.asked-via-message', { reason }),
      ruleId: rules.buyerRequest ?? rules.definition,
    };
  }
  if (rules.whoeverAsked && ctx.askedVia !== 'seller')
    return {
      counts: true,
      why: said('count.whoever-asked', { platform: book.displayName }),
      ruleId: rules.whoeverAsked,
    };
  if (ctx.askedVia === 'seller' && ctx.reasonCode === reason)
    return {
      counts: true,
      why: said('count.buyer-reason-misused', { reason }),
      ruleId: rules.reasonMisuse ?? rules.definition,
    };
  if (ctx.askedVia === 'message' && rules.messageOnly)
    return { counts: true, why: said('count.message-only'), ruleId: rules.messageOnly };
  return { counts: true, why: said('count.seller', { metric: metricName }), ruleId: rules.definition };
}
