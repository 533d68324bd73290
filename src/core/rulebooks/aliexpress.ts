// AliExpress seller centre (policies.md §4). Weak sources: no numeric thresholds are published, and
// only the non-fulfilment rule comes from AliExpress itself.
import { said } from '../said';
import { checkedRules, oldestCheck } from './rule';
import type { Rulebook } from './rulebook';

const DISPUTES = 'https://ssopdot.com/blog/35242.html';

const rules = checkedRules('2026-12-01', [
  {
    id: 'aliexpress.non-fulfilment',
    sourceKind: 'official',
    source: 'https://sell.aliexpress.com/__pc/-rulesEN.htm',
    sourceDate: 'Aug 25, 2020 PT',
    says: 'Not shipping (no tracking uploaded) by the deadline is transaction non-fulfilment; a high share over 7 or 30 days is a serious violation; no number is published.',
  },
  {
    id: 'aliexpress.seller-fault-cancel',
    sourceKind: 'third-party',
    source: 'https://ssopdot.com/blog/34856.html',
    says: 'A cancellation whose reason is the seller\'s fault, even one the buyer files, is judged "not sold": delisting, lower ranking, store block.',
  },
  {
    id: 'aliexpress.penalties',
    sourceKind: 'third-party',
    source: 'https://christinasbeautyjourney.blogspot.com/2022/02/penalties.html',
    says: 'A store service score (10 down to −100) loses points each month by severity.',
  },
  {
    id: 'aliexpress.dispute-rate',
    sourceKind: 'third-party',
    source: 'https://daydaynews.cc/en/technology/1733048.html',
    says: 'Dispute rate, ruling filing rate and seller-responsibility ruling rate are 30-day ratios; no limits are published.',
  },
  {
    id: 'aliexpress.buyer-cancel',
    sourceKind: 'third-party',
    source: 'https://guide-aliexpress.com/en/when-will-my-aliexpress-order-be-shipped/',
    says: "Before shipping the buyer can request cancellation; without the seller's answer the order closes and is refunded after 48 h (older help: 72 h; the sources disagree).",
  },
  {
    id: 'aliexpress.buyer-reason',
    sourceKind: 'third-party',
    source: 'https://trading.justaaa.com/4704',
    says: "Some of the buyer's cancellation reasons cancel without penalty; others make the supplier liable.",
  },
  {
    id: 'aliexpress.dispute.timing',
    sourceKind: 'third-party',
    source: DISPUTES,
    says: "The buyer can ask for a refund 10 days after shipping; accept or reject within 5 days or the buyer's proposal is carried out; AliExpress steps in within 7 days.",
  },
  {
    id: 'aliexpress.dispute.escalation',
    sourceKind: 'official',
    source: 'http://activities.aliexpress.com/adcms/help-aliexpress-com/dispute_claim_process.php',
    sourceDate: 'old help page',
    says: 'The buyer may escalate a dispute from day 4 to day 15; from day 16 it goes to AliExpress by itself.',
  },
  {
    id: 'aliexpress.shipping-time',
    sourceKind: 'third-party',
    source: 'https://www.ryviu.com/blog/how-to-cancel-aliexpress-order',
    says: 'Sellers usually have up to 7 business days to ship (no official value found).',
  },
  {
    id: 'aliexpress.harassment',
    sourceKind: 'third-party',
    source: 'https://ssopdot.com/blog/99469.html',
    says: 'Pressuring buyers (for positive reviews, during disputes) is malicious harassment, a transaction violation.',
  },
]);

export const aliexpress: Rulebook = {
  platform: 'aliexpress',
  displayName: 'AliExpress',
  checkedOn: oldestCheck(rules),
  defaultMarketplace: 'GLOBAL',
  marketplaces: {
    // Buyers write from everywhere; the seller centre is Chinese first.
    GLOBAL: {
      code: 'GLOBAL',
      language: 'en',
      sellerLanguage: 'zh-CN',
      cancellation: {
        kind: 'none',
        reason: said('guard.no-metric.aliexpress'),
        ruleIds: ['aliexpress.non-fulfilment', 'aliexpress.seller-fault-cancel'],
      },
      cancelRequestAnswer: { amount: 48, unit: 'hours', ruleId: 'aliexpress.buyer-cancel' },
    },
  },
  // A stock problem is the seller's fault whoever files the cancellation: "not sold" either way.
  askBuyerToCancel: 'not-when-out-of-stock',
  askBuyerToCancelRuleId: 'aliexpress.seller-fault-cancel',
  buyerCancelFlow: { ruleId: 'aliexpress.buyer-reason' },
  buyerCancelRoute: { kind: 'buyer-flow' },
  addressChange: { kind: 'update-before-shipping' },
  unpaidOrders: { kind: 'not-stated' },
  reasonCodes: {
    buyerRequested: { code: 'buyer-requested', ruleId: 'aliexpress.buyer-reason' },
    outOfStock: { code: 'out-of-stock', ruleId: 'aliexpress.seller-fault-cancel' },
    sellerCannotShip: { code: 'cannot-ship', ruleId: 'aliexpress.seller-fault-cancel' },
  },
  messaging: { forbid: { 'review-request': 'aliexpress.harassment' } },
  escalation: {
    ruleId: 'aliexpress.dispute.timing',
    answerWithin: { amount: 5, unit: 'days', ruleId: 'aliexpress.dispute.timing' },
    mediation: { ruleId: 'aliexpress.dispute.escalation' },
  },
  followUpAfterCancel: { allowed: true, ruleId: 'aliexpress.harassment' },
  rules,
};
