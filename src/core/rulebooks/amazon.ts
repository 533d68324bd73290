// Amazon Seller Central, one entry per marketplace (policies.md §1).
import type { MarketplaceRules, RateMetric, Rulebook } from './rulebook';
import { amazonRules } from './amazon-rules';

const standardRate: RateMetric = {
  kind: 'rate',
  name: 'cancellation-rate',
  thresholdPercent: 2.5,
  comparison: 'below',
  windowDays: 7,
  windowVerified: true,
  excludesPlatformFulfilled: true,
  notCountedWhenAskedVia: ['platform-request'],
  ruleIds: [
    'amazon.cr.definition',
    'amazon.cr.threshold',
    'amazon.cr.fba-excluded',
    'amazon.cr.buyer-request-free',
    'amazon.cr.buyer-reason-misuse',
    'amazon.cr.message-request-counts',
  ],
};

const indiaRate: RateMetric = {
  ...standardRate,
  thresholdPercent: 2,
  alsoWindowDays: [30],
  ruleIds: [...standardRate.ruleIds, 'amazon.cr.india'],
};

const consecutive = { count: 2, withinDays: 30, ruleId: 'amazon.cr.consecutive' };

function market(code: string, language: string, extra: Partial<MarketplaceRules> = {}): MarketplaceRules {
  return { code, language, cancellation: standardRate, ...extra };
}

export const amazon: Rulebook = {
  platform: 'amazon',
  displayName: 'Amazon',
  checkedOn: '2026-11-21',
  defaultMarketplace: 'US',
  marketplaces: {
    US: market('US', 'en-US'),
    CA: market('CA', 'en-CA'),
    MX: market('MX', 'es-MX'),
    BR: market('BR', 'pt-BR'),
    UK: market('UK', 'en-GB', { consecutiveCancellationRisk: consecutive }),
    DE: market('DE', 'de', { consecutiveCancellationRisk: consecutive }),
    FR: market('FR', 'fr', { consecutiveCancellationRisk: consecutive }),
    IT: market('IT', 'it', { consecutiveCancellationRisk: consecutive }),
    ES: market('ES', 'es', { consecutiveCancellationRisk: consecutive }),
    NL: market('NL', 'nl', { consecutiveCancellationRisk: consecutive }),
    SE: market('SE', 'sv', { consecutiveCancellationRisk: consecutive }),
    PL: market('PL', 'pl', { consecutiveCancellationRisk: consecutive }),
    TR: market('TR', 'tr'),
    AE: market('AE', 'en-AE', { consecutiveCancellationRisk: consecutive }),
    SA: market('SA', 'ar'),
    IN: market('IN', 'en-IN', { cancellation: indiaRate }),
    JP: market('JP', 'ja'),
    AU: market('AU', 'en-AU', { consecutiveCancellationRisk: consecutive }),
  },
  askBuyerToCancel: 'not-when-out-of-stock',
  askBuyerToCancelRuleId: 'amazon.oos.no-ask',
  // Asking by message is what makes a request unofficial: the buyer is pointed to Request cancellation.
  buyerCancelFlow: {
    ruleId: 'amazon.cr.message-request-counts',
    selfCancel: { minutes: 30, ruleId: 'amazon.cr.self-cancel-30min' },
  },
  buyerCancelRoute: { kind: 'buyer-flow' },
  addressChange: { kind: 'new-order', ruleId: 'amazon.cr.buyer-request-free' },
  unpaidOrders: { kind: 'platform-cancels' },
  reasonCodes: { buyerRequested: 'BuyerCanceled', outOfStock: 'NoInventory' },
  messaging: {
    forbid: ['links', 'email', 'phone', 'emoji', 'marketing', 'review-request'],
    requireOrderId: true,
    replyWithinHours: 24,
    ruleIds: ['amazon.messaging.content', 'amazon.messaging.no-review-in-cancel', 'amazon.reply-24h'],
  },
  escalation: { ruleId: 'amazon.atoz.timing', refundBeforeClaimRuleId: 'amazon.odr.refund-before-claim' },
  shippedIsNotCancelledRuleId: 'amazon.cancel-vs-refund',
  // "Why did you cancel?" is none of the proactive reasons Amazon lists.
  followUpAfterCancel: { allowed: false, ruleId: 'amazon.messaging.permitted' },
  rules: amazonRules,
};
