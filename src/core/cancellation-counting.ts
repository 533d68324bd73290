// Whether one cancellation counts against the platform's rate, and the rule that says so.
import type { AskedVia, CancellationMetric, Rulebook } from './rulebooks';
import type { Fulfilment } from './types';

export interface CancellationContext {
  fulfilment: Fulfilment;
  askedVia: AskedVia;
  /** The reason code the seller picks; omitted means "the right one for how the buyer asked". */
  reasonCode?: string;
}

export interface CountVerdict {
  counts: boolean;
  why: string;
  ruleId: string;
}

export function cancellationCounts(book: Rulebook, metric: CancellationMetric, ctx: CancellationContext): CountVerdict {
  if (metric.kind === 'none') {
    return { counts: false, why: metric.reason, ruleId: metric.ruleIds[0]! };
  }
  const [definition] = metric.ruleIds;
  if (metric.excludesPlatformFulfilled && ctx.fulfilment === 'platform') {
    return {
      counts: false,
      why: `Orders the platform fulfils are outside the ${metric.name.toLowerCase()}.`,
      ruleId: metric.ruleIds.find((id) => id.includes('fba')) ?? definition!,
    };
  }
  const buyerReason = book.reasonCodes.buyerRequested;
  const pickedOtherReason = ctx.reasonCode !== undefined && ctx.reasonCode !== buyerReason;
  if (metric.notCountedWhenAskedVia.includes(ctx.askedVia) && !pickedOtherReason) {
    return {
      counts: false,
      why: `The buyer asked through ${ctx.askedVia === 'platform-request' ? `${book.displayName}'s own request` : 'a message'}: cancelling with reason ${buyerReason} does not count.`,
      ruleId: metric.ruleIds.find((id) => id.includes('buyer')) ?? definition!,
    };
  }
  if (ctx.askedVia === 'seller' && ctx.reasonCode === buyerReason) {
    return {
      counts: true,
      why: `Reason ${buyerReason} without a buyer request on record still counts.`,
      ruleId: metric.ruleIds.find((id) => id.includes('misuse')) ?? definition!,
    };
  }
  if (ctx.askedVia === 'message') {
    return {
      counts: true,
      why: "A request made only by message is not the platform's own flow: this cancellation counts.",
      ruleId: metric.ruleIds.find((id) => id.includes('message')) ?? definition!,
    };
  }
  return {
    counts: true,
    why: `A seller cancellation counts against the ${metric.name.toLowerCase()}.`,
    ruleId: definition!,
  };
}
