// Etsy (policies.md §3): no cancellation-rate metric; customer-service standards and cases instead.
// The case-rate standard (3 cases under 300 orders, under 1% above) is guarded once a page shows it.
import { said } from '../said';
import type { Ladder } from './metric';
import { checkedRules, oldestCheck } from './rule';
import type { Rulebook } from './rulebook';

const STANDARDS = 'https://help.etsy.com/hc/en-us/articles/29654393638679';
const CANCEL = 'https://help.etsy.com/hc/en-us/articles/115015587347-How-to-Cancel-a-Sale';
const CASES = 'https://help.etsy.com/hc/en-us/articles/360016126873';

const caseRate: Ladder = {
  name: 'case-rate',
  snapshotMetric: 'case-rate',
  unit: 'cases',
  topBand: 'within',
  topBandIsStatus: false,
  boundaries: [
    {
      band: 'over',
      percent: 1,
      comparison: 'below',
      minCount: 4,
      minCountUnderOrders: 300,
      ruleId: 'etsy.standards.cases',
    },
  ],
  guarded: 'over',
  windowDays: 90,
};

const rules = checkedRules('2026-12-01', [
  {
    id: 'etsy.no-rate',
    sourceKind: 'official',
    source: STANDARDS,
    says: "Etsy's customer-service standards have no cancellation-rate metric.",
  },
  {
    id: 'etsy.cancel.who',
    sourceKind: 'official',
    source: CANCEL,
    says: 'Only sellers can cancel; buyers ask the seller in Messages or with "Help with order"; a paid order is refunded in full.',
  },
  {
    id: 'etsy.cancel.reasons',
    sourceKind: 'official',
    source: 'https://www.etsy.com/help/article/4553',
    says: 'Cancel only for a listed reason: the buyer did not pay, both agree before shipping (full refund), the seller refuses service (full refund with shipping), not received, or returned and refunded; never after the buyer received the item.',
  },
  {
    id: 'etsy.cancel.48h',
    sourceKind: 'official',
    source: CANCEL,
    says: 'A cancellation takes up to 48 h (reviews can still be left meanwhile); refunds reach the buyer in 3–5 days; fees are credited back.',
  },
  {
    id: 'etsy.standards.replies',
    sourceKind: 'official',
    source: STANDARDS,
    says: 'Reply to 80% of first messages within 24–48 h and ship 80% of orders on time (rolling 3 months); missing the standards may lower search visibility.',
  },
  {
    id: 'etsy.standards.reviews',
    sourceKind: 'official',
    source: STANDARDS,
    says: 'Reviews: under 40 reviews, at most 4 of 3 stars or fewer; 40 or more, under 10% of them (rolling 3 months).',
  },
  {
    id: 'etsy.standards.cases',
    sourceKind: 'official',
    source: STANDARDS,
    says: 'Case rate: under 300 orders, at most 3 orders with cases refunded from your payment account; 300 or more, under 1% (rolling 3 months).',
  },
  {
    id: 'etsy.star-seller',
    sourceKind: 'official',
    source: 'https://help.etsy.com/hc/en-us/articles/4403058372503',
    says: 'Star Seller (reviewed on the 1st over 3 months, 5 orders and $300 needed): 95% of first replies within 24 h and 95% shipped on time with tracking.',
  },
  {
    id: 'etsy.cases.help-request',
    sourceKind: 'official',
    source: 'https://help.etsy.com/hc/en-gb/articles/360016126873',
    covers: ['UK'],
    says: 'The seller has 48 h from a help request to resolve it before the buyer can open a case.',
  },
  {
    id: 'etsy.cases',
    sourceKind: 'official',
    source: CASES,
    says: 'A buyer can open a case (not delivered, not as described, damaged, late) once the delivery date passed and 48 h after asking for help, for 100 days; answer it in the case.',
  },
  {
    id: 'etsy.purchase-protection',
    sourceKind: 'official',
    source: CASES,
    says: 'Not all cases count against sellers meeting the standards; protection covers eligible orders up to $250 ($500 for 1 Nov – 31 Dec orders).',
  },
  {
    id: 'etsy.order-dissatisfaction',
    sourceKind: 'official',
    source: 'https://help.etsy.com/hc/en-gb/articles/360036720093',
    says: 'Older order dissatisfaction rate: a warning at 1% with 3 affected orders and 2 in 60 days (may be superseded).',
  },
  {
    id: 'etsy.messages',
    sourceKind: 'third-party',
    source: 'https://www.shopifymarketplaceconnecthelp.com/hc/en-us/articles/9705771665679-Messaging-with-Etsy',
    says: 'Use Etsy Messages; no unsolicited promotion or donation requests; stop when asked; no mailing lists without consent.',
  },
  {
    id: 'etsy.fee-avoidance',
    sourceKind: 'third-party',
    source: 'http://www.danyelpinkdesigns.com/2010/06/protect-yourself-from-wrath-of-etsy.html',
    says: 'Offering to buy or sell an Etsy-listed item outside Etsy may be fee avoidance.',
  },
]);

export const etsy: Rulebook = {
  platform: 'etsy',
  displayName: 'Etsy',
  checkedOn: oldestCheck(rules),
  defaultMarketplace: 'GLOBAL',
  marketplaces: {
    GLOBAL: {
      code: 'GLOBAL',
      language: 'en',
      cancellation: { kind: 'none', reason: said('guard.no-metric.etsy'), ruleIds: ['etsy.no-rate'] },
      alsoGuarded: [caseRate],
      replyWithin: { amount: 24, unit: 'hours', ruleId: 'etsy.star-seller' },
    },
  },
  // Only sellers can cancel on Etsy, so there is no buyer flow to point the buyer to.
  askBuyerToCancel: 'never',
  askBuyerToCancelRuleId: 'etsy.cancel.who',
  buyerCancelRoute: { kind: 'seller-only', ruleId: 'etsy.cancel.reasons' },
  addressChange: { kind: 'update-before-shipping' },
  unpaidOrders: { kind: 'seller-cancels', reason: { code: 'buyer-not-paid', ruleId: 'etsy.cancel.reasons' } },
  reasonCodes: {
    buyerRequested: { code: 'buyer-requested', ruleId: 'etsy.cancel.reasons' },
    outOfStock: { code: 'out-of-stock', ruleId: 'etsy.cancel.reasons' },
    sellerCannotShip: { code: 'cannot-fulfil', ruleId: 'etsy.cancel.reasons' },
  },
  messaging: { forbid: { marketing: 'etsy.messages', 'off-platform': 'etsy.fee-avoidance' } },
  escalation: {
    ruleId: 'etsy.cases',
    requestAnswerWithin: { amount: 48, unit: 'hours', ruleId: 'etsy.cases.help-request' },
    resolvingInTimeKeepsItOff: { ruleId: 'etsy.cases.help-request' },
  },
  followUpAfterCancel: { allowed: true, ruleId: 'etsy.messages' },
  rules,
};
