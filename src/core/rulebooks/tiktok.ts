// TikTok Shop (policies.md §6): seller-fault cancellation rate, and never ask buyers to cancel.
import type { Rulebook } from './rulebook';

const SFCR = 'https://seller-us.tiktok.com/university/essay?knowledge_id=7953001314830094';
const NO_ASK = 'https://seller-us.tiktok.com/university/essay?knowledge_id=6201736389805867';

export const tiktok: Rulebook = {
  platform: 'tiktok',
  displayName: 'TikTok Shop',
  checkedOn: '2026-11-21',
  defaultMarketplace: 'US',
  marketplaces: {
    US: {
      code: 'US',
      language: 'en-US',
      cancellation: {
        kind: 'rate',
        name: 'seller-fault-cancellation-rate',
        thresholdPercent: 2.5,
        comparison: 'at-most',
        // Official US window not published; third parties say 30 days (SEA uses 7).
        windowDays: 30,
        windowVerified: false,
        excludesPlatformFulfilled: true,
        notCountedWhenAskedVia: ['platform-request'],
        ruleIds: ['tiktok.sfcr', 'tiktok.sfcr.excluded'],
      },
    },
  },
  askBuyerToCancel: 'never',
  askBuyerToCancelRuleId: 'tiktok.no-ask',
  buyerCancelFlow: { ruleId: 'tiktok.buyer-cancel' },
  buyerCancelRoute: { kind: 'seller-cancels-with-proof', ruleId: 'tiktok.no-ask', proofRuleId: 'tiktok.sfcr.excluded' },
  cancelRequestAnswerHours: 24,
  addressChange: { kind: 'update-before-shipping' },
  unpaidOrders: { kind: 'platform-cancels' },
  reasonCodes: { buyerRequested: 'buyer-requested', outOfStock: 'out-of-stock' },
  messaging: {
    forbid: ['ask-buyer-to-cancel', 'off-platform', 'marketing', 'links'],
    requireOrderId: false,
    replyWithinHours: 24,
    ruleIds: ['tiktok.no-ask', 'tiktok.messaging'],
  },
  escalation: { ruleId: 'tiktok.sfcr.excluded' },
  // Chat is for answering the buyer; an unprompted message after the order is over is not asked for.
  followUpAfterCancel: { allowed: false, ruleId: 'tiktok.messaging' },
  rules: [
    {
      id: 'tiktok.sfcr',
      sourceKind: 'official',
      source: SFCR,
      says: 'Keep the seller-fault cancellation rate at or under 2.5%.',
    },
    {
      id: 'tiktok.sfcr.excluded',
      sourceKind: 'third-party',
      source: 'https://sellerops.io/tiktok-shop-seller-fault-cancellation-rate',
      says: 'Buyer-requested cancellations, FBT orders and creator samples are outside the rate; appeals need chat proof.',
    },
    {
      id: 'tiktok.no-ask',
      sourceKind: 'official',
      source: NO_ASK,
      says: 'Never ask customers to cancel; notify them in-app with the reason and refund in full.',
    },
    {
      id: 'tiktok.buyer-cancel',
      sourceKind: 'official',
      source: 'https://seller-us.tiktok.com/university/essay?knowledge_id=3289374654859051',
      says: "After the first hour a buyer's cancellation request needs the seller's confirmation.",
    },
    {
      id: 'tiktok.ldr',
      sourceKind: 'official',
      source: 'https://seller-us.tiktok.com/university/essay?knowledge_id=3668989549299511',
      says: 'Late dispatch rate at or under 4%.',
    },
    {
      id: 'tiktok.messaging',
      sourceKind: 'official',
      source: 'https://seller-th.tiktok.com/university/essay?knowledge_id=8345780184729361&lang=en',
      says: 'Keep communication on TikTok Shop Chat; no links to other websites, no unsolicited marketing.',
    },
  ],
};
