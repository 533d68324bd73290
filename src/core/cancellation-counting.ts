// Whether one cancellation counts against the platform's rate, and the rule that says so.
import type { AskedVia, CancellationMetric, Rulebook } from './rulebooks';
import { metricNameOf } from './platform-words';
import { said, type Said } from './said';
import type { Fulfilment } from './types';

export interface CancellationContext {
  fulfilment: Fulfilment;
  askedVia: AskedVia;
  /** The reason code the seller picks; omitted means "the right one for how the buyer asked". */
  reasonCode?: string;
}

export interface CountVerdict {
  counts: boolean;
  why: Said;
  ruleId: string;
}

export function cancellationCounts(book: Rulebook, metric: CancellationMetric, ctx: CancellationContext): CountVerdict {
  if (metric.kind === 'none') {
    return { counts: false, why: metric.reason, ruleId: metric.ruleIds[0]! };
  }
  const [definition] = metric.ruleIds;
  const metricName = metricNameOf(metric, true);
  if (metric.excludesPlatformFulfilled && ctx.fulfilment === 'platform') {
    return {
      counts: false,
      why: said('count.platform-fulfilled', { metric: metricName }),
      ruleId: metric.ruleIds.find((id) => id.includes('fba')) ?? definition!,
    };
  }
  const reason = book.reasonCodes.buyerRequested;
  const pickedOtherReason = ctx.reasonCode !== undefined && ctx.reasonCode !== reason;
  if (metric.notCountedWhenAskedVia.includes(ctx.askedVia) && !pickedOtherReason) {
    return {
      counts: false,
      why:
        ctx.askedVia === 'platform-request'
          ? said('count.asked-via-platform', { platform: book.displayName, reason })
          : said('count.asked-via-message', { reason }),
      ruleId: metric.ruleIds.find((id) => id.includes('buyer')) ?? definition!,
    };
  }
  if (ctx.askedVia === 'seller' && ctx.reasonCode === reason) {
    return {
      counts: true,
      why: said('count.buyer-reason-misused', { reason }),
      ruleId: metric.ruleIds.find((id) => id.includes('misuse')) ?? definition!,
    };
  }
  if (ctx.askedVia === 'message') {
    return {
      counts: true,
      why: said('count.message-only'),
      ruleId: metric.ruleIds.find((id) => id.includes('message')) ?? definition!,
    };
  }
  return { counts: true, why: said('count.seller', { metric: metricName }), ruleId: definition! };
}
