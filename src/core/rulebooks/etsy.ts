// Etsy (policies.md §3): no cancellation-rate metric; customer-service standards and cases instead.
import { said } from '../said';
import type { Rulebook } from './rulebook';

const STANDARDS = 'https://help.etsy.com/hc/en-us/articles/29654393638679';
const CANCEL = 'https://help.etsy.com/hc/en-us/articles/115015587347-How-to-Cancel-a-Sale';
const CASES = 'https://help.etsy.com/hc/en-us/articles/360016126873';

const none = {
  kind: 'none' as const,
  reason: said('guard.no-metric.etsy'),
  ruleIds: ['etsy.no-rate', 'etsy.cancel.reasons'],
};

export const etsy: Rulebook = {
  platform: 'etsy',
  displayName: 'Etsy',
  checkedOn: '2026-11-21',
  defaultMarketplace: 'GLOBAL',
  marketplaces: { GLOBAL: { code: 'GLOBAL', language: 'en', cancellation: none } },
  // Only sellers can cancel on Etsy, so there is no buyer flow to point the buyer to.
  askBuyerToCancel: 'never',
  buyerCancelRoute: { kind: 'seller-only', ruleId: 'etsy.cancel.reasons' },
  addressChange: { kind: 'update-before-shipping' },
  unpaidOrders: { kind: 'seller-cancels', reasonCode: 'buyer-not-paid', ruleId: 'etsy.cancel.reasons' },
  reasonCodes: { buyerRequested: 'buyer-requested', outOfStock: 'out-of-stock' },
  messaging: {
    forbid: ['marketing', 'off-platform'],
    requireOrderId: false,
    replyWithinHours: 24,
    ruleIds: ['etsy.messages', 'etsy.standards.replies'],
  },
  escalation: { ruleId: 'etsy.cases.48h' },
  followUpAfterCancel: { allowed: true, ruleId: 'etsy.messages' },
  rules: [
    {
      id: 'etsy.no-rate',
      sourceKind: 'official',
      source: STANDARDS,
      says: "Etsy's customer-service standards have no cancellation-rate metric.",
    },
    {
      id: 'etsy.cancel.reasons',
      sourceKind: 'official',
      source: CANCEL,
      says: 'Only the seller cancels, with a listed reason (buyer did not pay, both agree before shipping, seller refuses service, not received, returned) and a full refund.',
    },
    {
      id: 'etsy.cancel.48h',
      sourceKind: 'official',
      source: CANCEL,
      says: 'A cancellation takes up to 48 h; the buyer may still review during that time.',
    },
    {
      id: 'etsy.standards.replies',
      sourceKind: 'official',
      source: STANDARDS,
      says: 'Reply to 80% of first messages within 24–48 h (rolling 3 months).',
    },
    {
      id: 'etsy.standards.shipping',
      sourceKind: 'official',
      source: STANDARDS,
      says: 'Ship at least 80% of orders on time (rolling 3 months).',
    },
    {
      id: 'etsy.star-seller',
      sourceKind: 'official',
      source: 'https://help.etsy.com/hc/en-us/articles/360036207794',
      says: 'Star Seller: 95% of first replies within 24 h and 95% shipped on time with tracking.',
    },
    {
      id: 'etsy.cases.48h',
      sourceKind: 'official',
      source: CASES,
      says: 'A buyer can open a case once the delivery date has passed and 48 h after asking the seller for help; answer in the case itself, not only in Messages.',
    },
    {
      id: 'etsy.purchase-protection',
      sourceKind: 'official',
      source: CASES,
      says: 'Purchase protection covers eligible orders up to $250 ($500 for orders placed 1 Nov – 31 Dec) when the seller meets the standards.',
    },
    {
      id: 'etsy.messages',
      sourceKind: 'third-party',
      source: 'https://www.shopifymarketplaceconnecthelp.com/hc/en-us/articles/9705771665679-Messaging-with-Etsy',
      says: 'Use Etsy Messages; no unsolicited promotion; no dealing outside Etsy.',
    },
  ],
};
