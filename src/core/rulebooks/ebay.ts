// eBay (policies.md §2): seller cancellations and cases closed without seller resolution are
// transaction defects; three seller levels, each boundary needing a rate AND a count of defects from
// different buyers; a window of 3 months with 400+ transactions, else 12; judged on the 20th.
import { ebayRules } from './ebay-rules';
import type { Ladder, RateMetric } from './metric';
import { oldestCheck } from './rule';
import type { MarketplaceRules, Rulebook } from './rulebook';

const ladder = {
  topBand: 'top-rated',
  topBandIsStatus: true,
  guarded: 'below-standard',
  levelNames: {
    'top-rated': 'top-rated',
    'top-rated-plus': 'top-rated',
    'above-standard': 'above-standard',
    'below-standard': 'below-standard',
  },
  windowDays: 90,
  windowByVolume: { minOrders: 400, otherwiseDays: 365, ruleId: 'ebay.evaluation' },
  window: { certainty: 'stated', ruleId: 'ebay.evaluation' },
  evaluation: { dayOfMonth: 20, ruleId: 'ebay.evaluation' },
  excludesPlatformFulfilled: false,
} as const;

const defects: RateMetric = {
  kind: 'rate',
  name: 'transaction-defect-rate',
  // The readers store the defect rate where the other platforms' cancellation rates go.
  snapshotMetric: 'cancellation-rate',
  unit: 'defects',
  countsUniqueBuyers: true,
  ...ladder,
  boundaries: [
    { band: 'above-standard', percent: 0.5, comparison: 'at-most', minCount: 4, ruleId: 'ebay.levels' },
    { band: 'below-standard', percent: 2, comparison: 'at-most', minCount: 5, ruleId: 'ebay.levels' },
  ],
  // A buyer's wish cleared with reason BuyerCancelOrder is no defect, whether it came by eBay's flow or a message.
  notCountedWhenAskedVia: ['platform-request', 'message'],
  countRules: { definition: 'ebay.defect.what-counts', buyerRequest: 'ebay.cancel.buyer-reason' },
};

const casesClosed: Ladder = {
  name: 'cases-closed',
  snapshotMetric: 'cases-closed-rate',
  unit: 'cases',
  topBand: ladder.topBand,
  topBandIsStatus: ladder.topBandIsStatus,
  guarded: ladder.guarded,
  levelNames: ladder.levelNames,
  windowDays: ladder.windowDays,
  boundaries: [
    { band: 'above-standard', percent: 0.3, comparison: 'at-most', ruleId: 'ebay.cases.top-rated' },
    { band: 'below-standard', percent: 0.3, comparison: 'at-most', minCount: 3, ruleId: 'ebay.cases.closed' },
  ],
};

function market(code: string, language: string): MarketplaceRules {
  return {
    code,
    language,
    cancellation: defects,
    alsoGuarded: [casesClosed],
    cancelRequestAnswer: { amount: 3, unit: 'days', ruleId: 'ebay.cancel.answer-3-days' },
  };
}

export const ebay: Rulebook = {
  platform: 'ebay',
  displayName: 'eBay',
  checkedOn: oldestCheck(ebayRules),
  defaultMarketplace: 'US',
  marketplaces: {
    US: market('US', 'en-US'),
    UK: market('UK', 'en-GB'),
    DE: market('DE', 'de'),
    FR: market('FR', 'fr'),
    IT: market('IT', 'it'),
    ES: market('ES', 'es'),
    AU: market('AU', 'en-AU'),
    CA: market('CA', 'en-CA'),
  },
  // Cancelling for your own stock problem is the defect itself: never dress it up as the buyer's wish.
  askBuyerToCancel: 'not-when-out-of-stock',
  askBuyerToCancelRuleId: 'ebay.cancel.oos-even-if-asked',
  // The buyer's own request exists for an hour; after it a buyer's wish comes by message.
  buyerCancelFlow: {
    ruleId: 'ebay.cancel.buyer-window',
    requestWindow: { minutes: 60, ruleId: 'ebay.cancel.buyer-window' },
  },
  buyerCancelRoute: { kind: 'seller-cancels-uncounted', ruleId: 'ebay.cancel.buyer-reason' },
  sellerCancelWindow: { days: 30, ruleId: 'ebay.cancel.seller-window' },
  addressChange: {
    kind: 'update-before-shipping',
    undeliverable: { code: 'AddressIssues', ruleId: 'ebay.cancel.reason-codes' },
  },
  unpaidOrders: { kind: 'unpaid-route', ruleId: 'ebay.defect.removal' },
  reasonCodes: {
    buyerRequested: { code: 'BuyerCancelOrder', ruleId: 'ebay.cancel.reason-codes' },
    outOfStock: { code: 'OutOfStockOrCannotFulfill', ruleId: 'ebay.cancel.reason-codes' },
    sellerCannotShip: { code: 'OutOfStockOrCannotFulfill', ruleId: 'ebay.cancel.reason-codes' },
  },
  messaging: {
    forbid: {
      email: 'ebay.messaging',
      phone: 'ebay.messaging',
      'off-platform': 'ebay.messaging',
      links: 'ebay.messaging.links',
    },
  },
  escalation: {
    ruleId: 'ebay.cases.answer',
    answerWithin: { amount: 3, unit: 'business-days', ruleId: 'ebay.cases.answer' },
    requestAnswerWithin: { amount: 3, unit: 'business-days', ruleId: 'ebay.cases.answer' },
    resolvingInTimeKeepsItOff: { ruleId: 'ebay.defect.history' },
  },
  shippedIsNotCancelledRuleId: 'ebay.cancel.seller-window',
  fraud: { ruleId: 'ebay.defect.removal' },
  // A question about the transaction itself is what member-to-member messages are for.
  followUpAfterCancel: { allowed: true, ruleId: 'ebay.messaging' },
  rules: ebayRules,
};
