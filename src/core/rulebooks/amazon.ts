// Amazon Seller Central, one entry per marketplace (policies.md §1).
import { amazonCancelRules } from './amazon-rules';
import { amazonServiceRules } from './amazon-service-rules';
import { singleLimit, type RateMetric } from './metric';
import { oldestCheck } from './rule';
import type { MarketplaceRules, Rulebook } from './rulebook';

const standardRate: RateMetric = {
  kind: 'rate',
  name: 'cancellation-rate',
  snapshotMetric: 'cancellation-rate',
  unit: 'cancellations',
  ...singleLimit(2.5, 'below', 'amazon.cr.threshold'),
  windowDays: 7,
  window: { certainty: 'stated', ruleId: 'amazon.cr.definition' },
  excludesPlatformFulfilled: true,
  notCountedWhenAskedVia: ['platform-request'],
  countRules: {
    definition: 'amazon.cr.definition',
    platformFulfilled: 'amazon.cr.fba-excluded',
    buyerRequest: 'amazon.cr.buyer-request-free',
    reasonMisuse: 'amazon.cr.buyer-reason-misuse',
    messageOnly: 'amazon.cr.message-request-counts',
  },
};

const indiaRate: RateMetric = {
  ...standardRate,
  ...singleLimit(2, 'below', 'amazon.cr.india'),
  alsoWindowDays: [30],
  window: { certainty: 'stated', ruleId: 'amazon.cr.india' },
};

const consecutive = { count: 2, withinDays: 30, ruleId: 'amazon.cr.consecutive' };
const reply = { amount: 24, unit: 'hours' as const, ruleId: 'amazon.reply-24h' };

function market(code: string, language: string, extra: Partial<MarketplaceRules> = {}): MarketplaceRules {
  return { code, language, cancellation: standardRate, replyWithin: reply, ...extra };
}

const eu = (code: string, language: string, extra: Partial<MarketplaceRules> = {}) =>
  market(code, language, { consecutiveCancellationRisk: consecutive, ...extra });

const rules = [...amazonCancelRules, ...amazonServiceRules];

export const amazon: Rulebook = {
  platform: 'amazon',
  displayName: 'Amazon',
  checkedOn: oldestCheck(rules),
  defaultMarketplace: 'US',
  marketplaces: {
    US: market('US', 'en-US', {
      returns: { windowDays: 30, from: 'estimated-delivery', ruleId: 'amazon.returns.window' },
      autoCancelAfterShipBy: { amount: 7, unit: 'days', ruleId: 'amazon.cr.auto-cancel' },
    }),
    CA: market('CA', 'en-CA'),
    MX: market('MX', 'es-MX'),
    BR: market('BR', 'pt-BR', {
      autoCancelAfterShipBy: { amount: 7, unit: 'business-days', ruleId: 'amazon.cr.auto-cancel-br' },
    }),
    UK: eu('UK', 'en-GB'),
    DE: eu('DE', 'de', {
      returns: {
        answerWithin: { amount: 24, unit: 'hours', ruleId: 'amazon.returns.de' },
        ruleId: 'amazon.returns.de',
      },
    }),
    FR: eu('FR', 'fr'),
    IT: eu('IT', 'it'),
    ES: eu('ES', 'es'),
    NL: eu('NL', 'nl'),
    SE: eu('SE', 'sv'),
    PL: eu('PL', 'pl'),
    TR: market('TR', 'tr'),
    AE: eu('AE', 'en-AE'),
    SA: market('SA', 'ar'),
    IN: market('IN', 'en-IN', {
      cancellation: indiaRate,
      cancellationFee: { percentOfReferralFee: 100, afterShipByPercent: 150, ruleId: 'amazon.cr.india-fee' },
    }),
    JP: market('JP', 'ja'),
    AU: eu('AU', 'en-AU'),
  },
  askBuyerToCancel: 'not-when-out-of-stock',
  askBuyerToCancelRuleId: 'amazon.oos.no-ask',
  // Asking by message is what makes a request unofficial: the buyer is pointed to Request cancellation.
  buyerCancelFlow: {
    ruleId: 'amazon.cr.message-request-counts',
    selfCancel: { minutes: 30, ruleId: 'amazon.cr.self-cancel-30min' },
  },
  buyerCancelRoute: { kind: 'buyer-flow' },
  addressChange: {
    kind: 'new-order',
    ruleId: 'amazon.address.order-address',
    afterShippingRuleId: 'amazon.address.order-address',
  },
  unpaidOrders: { kind: 'pending', ruleId: 'amazon.cr.pending' },
  reasonCodes: {
    buyerRequested: { code: 'BuyerCanceled', ruleId: 'amazon.cr.buyer-request-free' },
    outOfStock: { code: 'NoInventory', ruleId: 'amazon.oos.cancel-yourself' },
    sellerCannotShip: { code: 'CouldNotShip', ruleId: 'amazon.oos.cancel-yourself' },
  },
  messaging: {
    forbid: {
      links: 'amazon.messaging.content',
      email: 'amazon.messaging.content',
      phone: 'amazon.messaging.content',
      emoji: 'amazon.messaging.content',
      marketing: 'amazon.messaging.permitted',
      'review-request': 'amazon.messaging.reviews',
    },
    requireOrderId: { ruleId: 'amazon.messaging.content' },
  },
  escalation: {
    ruleId: 'amazon.atoz.timing',
    answerWithin: { amount: 72, unit: 'hours', ruleId: 'amazon.atoz.timing' },
    refundBeforeClaimRuleId: 'amazon.odr.refund-before-claim',
    claimOpensAfter: { days: 3, ruleId: 'amazon.atoz.buyer-window' },
  },
  shippedIsNotCancelledRuleId: 'amazon.cancel-vs-refund',
  platformFulfilledService: { ruleId: 'amazon.fba.customer-service' },
  // "Why did you cancel?" is none of the proactive reasons Amazon lists.
  followUpAfterCancel: { allowed: false, ruleId: 'amazon.messaging.permitted' },
  rules,
};
