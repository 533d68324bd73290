// AliExpress seller centre (policies.md §4). Weak sources: no numeric thresholds are published.
import { said } from '../said';
import type { Rulebook } from './rulebook';

const RULES = 'https://sell.aliexpress.com/__pc/-rulesEN.htm';
const DISPUTES = 'https://ssopdot.com/blog/35242.html';

const none = {
  kind: 'none' as const,
  reason: said('guard.no-metric.aliexpress'),
  ruleIds: ['aliexpress.non-fulfilment', 'aliexpress.seller-fault-cancel'],
};

export const aliexpress: Rulebook = {
  platform: 'aliexpress',
  displayName: 'AliExpress',
  checkedOn: '2026-11-21',
  defaultMarketplace: 'GLOBAL',
  // Buyers write from everywhere; the seller centre is Chinese first.
  marketplaces: { GLOBAL: { code: 'GLOBAL', language: 'en', sellerLanguage: 'zh-CN', cancellation: none } },
  askBuyerToCancel: 'not-when-out-of-stock',
  buyerCancelFlow: { ruleId: 'aliexpress.buyer-cancel' },
  buyerCancelRoute: { kind: 'buyer-flow' },
  cancelRequestAnswerHours: 48,
  addressChange: { kind: 'update-before-shipping' },
  unpaidOrders: { kind: 'platform-cancels' },
  reasonCodes: { buyerRequested: 'buyer-requested', outOfStock: 'out-of-stock' },
  messaging: { forbid: ['off-platform', 'marketing'], requireOrderId: false, ruleIds: ['aliexpress.harassment'] },
  escalation: { ruleId: 'aliexpress.dispute.5-days' },
  followUpAfterCancel: { allowed: true, ruleId: 'aliexpress.harassment' },
  rules: [
    {
      id: 'aliexpress.non-fulfilment',
      sourceKind: 'official',
      source: RULES,
      says: 'Not shipping (no tracking uploaded) by the deadline is transaction non-fulfilment; a high share over 7 or 30 days is a serious violation.',
    },
    {
      id: 'aliexpress.seller-fault-cancel',
      sourceKind: 'third-party',
      source: 'https://ssopdot.com/blog/34856.html',
      says: 'A buyer cancellation whose reason is the seller\'s fault is judged "not sold".',
    },
    {
      id: 'aliexpress.buyer-cancel',
      sourceKind: 'third-party',
      source: 'https://guide-aliexpress.com/en/when-will-my-aliexpress-order-be-shipped/',
      says: "Before shipping the buyer can request cancellation; without the seller's answer in 48–72 h the order closes and is refunded (sources disagree on the timer).",
    },
    {
      id: 'aliexpress.dispute.types',
      sourceKind: 'third-party',
      source: DISPUTES,
      says: 'Disputes are "not received" or "not as described"; the buyer can open one 10 days after shipping.',
    },
    {
      id: 'aliexpress.dispute.5-days',
      sourceKind: 'third-party',
      source: DISPUTES,
      says: "Accept or reject a refund request within 5 days, or the buyer's proposal is carried out.",
    },
    {
      id: 'aliexpress.harassment',
      sourceKind: 'third-party',
      source: 'https://ssopdot.com/blog/99469.html',
      says: 'Pressuring buyers (for reviews, during disputes) is malicious harassment.',
    },
  ],
};
