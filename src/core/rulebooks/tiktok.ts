// TikTok Shop (policies.md §6): the seller-fault cancellation rate per region (US: 2.5%; Southeast
// Asia: 7 days, violation points and order limits from 10%), and never asking a buyer to cancel.
// Regions with no published limit found (UK, MX, BR, JP) get no judged level.
import { said } from '../said';
import type { RateMetric } from './metric';
import { singleLimit } from './metric';
import { oldestCheck } from './rule';
import type { MarketplaceRules, Rulebook } from './rulebook';
import { tiktokRules } from './tiktok-rules';
import { tiktokServiceRules } from './tiktok-service-rules';

const rules = [...tiktokRules, ...tiktokServiceRules];

const common: Pick<
  RateMetric,
  'kind' | 'name' | 'snapshotMetric' | 'unit' | 'excludesPlatformFulfilled' | 'notCountedWhenAskedVia'
> = {
  kind: 'rate',
  name: 'seller-fault-cancellation-rate',
  snapshotMetric: 'cancellation-rate',
  unit: 'cancellations',
  excludesPlatformFulfilled: true,
  notCountedWhenAskedVia: ['platform-request'],
};

const us: RateMetric = {
  ...common,
  ...singleLimit(2.5, 'at-most', 'tiktok.sfcr.us'),
  windowDays: 30,
  window: { certainty: 'third-party', ruleId: 'tiktok.sfcr.us-window' },
  countRules: {
    definition: 'tiktok.sfcr.us',
    platformFulfilled: 'tiktok.sfcr.excluded',
    buyerRequest: 'tiktok.sfcr.excluded',
  },
};

const southeastAsia: RateMetric = {
  ...common,
  topBand: 'within',
  topBandIsStatus: false,
  boundaries: [
    { band: 'violation', percent: 10, comparison: 'below', ruleId: 'tiktok.sea.points' },
    { band: 'violation-severe', percent: 10, comparison: 'below', minCount: 30, ruleId: 'tiktok.sea.points' },
    { band: 'order-limit-2', percent: 30, comparison: 'below', ruleId: 'tiktok.sea.order-limits' },
    { band: 'order-limit-3', percent: 50, comparison: 'below', ruleId: 'tiktok.sea.order-limits' },
  ],
  guarded: 'violation',
  windowDays: 7,
  window: { certainty: 'stated', ruleId: 'tiktok.sea.sfcr' },
  countRules: {
    definition: 'tiktok.sea.sfcr',
    platformFulfilled: 'tiktok.sfcr.excluded',
    buyerRequest: 'tiktok.sfcr.excluded',
  },
};

function sea(code: string, language: string, returnsWithin: MarketplaceRules['returns']): MarketplaceRules {
  return {
    code,
    language,
    cancellation: southeastAsia,
    replyWithin: { amount: 12, unit: 'hours', ruleId: 'tiktok.messaging.th' },
    cancelRequestAnswer: { amount: 24, unit: 'hours', ruleId: 'tiktok.auto-cancel.th' },
    returns: returnsWithin,
    // These regions state the no-asking rule on pages of their own.
    ruleOverrides: { 'tiktok.no-ask.us': 'tiktok.no-ask.sea', 'tiktok.returns.us': 'tiktok.returns.sea' },
  };
}

const oneWorkingDay = {
  answerWithin: { amount: 1, unit: 'working-days' as const, ruleId: 'tiktok.returns.sea' },
  ruleId: 'tiktok.returns.sea',
};

function unsourced(code: string, language: string): MarketplaceRules {
  return { code, language, cancellation: { kind: 'none', reason: said('guard.no-metric.unsourced'), ruleIds: [] } };
}

export const tiktok: Rulebook = {
  platform: 'tiktok',
  displayName: 'TikTok Shop',
  checkedOn: oldestCheck(rules),
  defaultMarketplace: 'US',
  marketplaces: {
    US: {
      code: 'US',
      language: 'en-US',
      cancellation: us,
      // Stock cancellations: the US states them on its own page.
      ruleOverrides: { 'tiktok.sea.sfcr': 'tiktok.no-ask.us' },
      replyWithin: { amount: 24, unit: 'hours', ruleId: 'tiktok.reply.us' },
      // Only the US says a shipped order's request is declined by uploading tracking: Thailand, Vietnam
      // and Indonesia state answer windows only, and Southeast Asia's carriers decide requests on
      // orders past their delivery date (../shared/research/policies.md §6).
      shippedCancelRequest: { ruleId: 'tiktok.buyer-cancel.us' },
      returns: {
        windowDays: 90,
        from: 'delivery',
        answerWithin: { amount: 48, unit: 'hours', ruleId: 'tiktok.returns.us-answer' },
        ruleId: 'tiktok.returns.us',
      },
    },
    TH: sea('TH', 'th', oneWorkingDay),
    VN: sea('VN', 'vi', oneWorkingDay),
    ID: sea('ID', 'id', {
      answerWithin: { amount: 48, unit: 'hours', ruleId: 'tiktok.returns.sea' },
      ruleId: 'tiktok.returns.sea',
    }),
    MY: sea('MY', 'ms', oneWorkingDay),
    PH: sea('PH', 'en-PH', oneWorkingDay),
    SG: sea('SG', 'en-SG', oneWorkingDay),
    UK: unsourced('UK', 'en-GB'),
    MX: unsourced('MX', 'es-MX'),
    BR: unsourced('BR', 'pt-BR'),
    JP: unsourced('JP', 'ja'),
  },
  askBuyerToCancel: 'never',
  askBuyerToCancelRuleId: 'tiktok.no-ask.us',
  // Asking is forbidden: the flow is named only to say the buyer can still cancel alone.
  buyerCancelFlow: {
    selfCancel: { minutes: 60, ruleId: 'tiktok.buyer-cancel.first-hour' },
  },
  buyerCancelRoute: {
    kind: 'seller-cancels-with-proof',
    ruleId: 'tiktok.no-ask.us',
    proofRuleId: 'tiktok.sfcr.appeal',
  },
  addressChange: { kind: 'update-before-shipping' },
  unpaidOrders: { kind: 'not-stated' },
  reasonCodes: {
    buyerRequested: { code: 'buyer-requested', ruleId: 'tiktok.sfcr.excluded' },
    outOfStock: { code: 'out-of-stock', ruleId: 'tiktok.sea.sfcr' },
    sellerCannotShip: { code: 'cannot-ship', ruleId: 'tiktok.sfcr.us' },
  },
  messaging: {
    forbid: {
      'ask-buyer-to-cancel': 'tiktok.no-ask.us',
      'off-platform': 'tiktok.messaging.th',
      marketing: 'tiktok.messaging.th',
      links: 'tiktok.messaging.th',
    },
  },
  escalation: { ruleId: 'tiktok.returns.us' },
  outOfStockAlternatives: { ruleId: 'tiktok.oos-alternatives' },
  // One neutral question in the chat is customer service, not marketing; still only once.
  followUpAfterCancel: { allowed: true, ruleId: 'tiktok.cs-policy.us' },
  rules,
};
