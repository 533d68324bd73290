// eBay (policies.md §2): seller cancellations are transaction defects.
import type { Rulebook } from './rulebook';

const POST_ORDER =
  'https://developer.ebay.com/api-docs/user-guides/static/post-order-user-guide/post-order-cancellations.html';
const REASONS = 'https://developer.ebay.com/devzone/merchant-data/CallRef/types/CancelReasonCodeType.html';
const LEVELS = 'https://ocsnext.ebay.com.my/ocs/sr?topicName=Defects&query=1514';

const defects = {
  kind: 'rate' as const,
  name: 'transaction-defect-rate' as const,
  thresholdPercent: 2,
  comparison: 'at-most' as const,
  // 3 months for sellers with 400+ transactions in them, else 12 months.
  windowDays: 90,
  windowByVolume: { minOrders: 400, otherwiseDays: 365 },
  windowVerified: true,
  excludesPlatformFulfilled: false,
  // eBay counts nothing when the seller clears a buyer's request with reason BuyerCancelOrder.
  notCountedWhenAskedVia: ['platform-request' as const, 'message' as const],
  ruleIds: ['ebay.defect.definition', 'ebay.defect.levels', 'ebay.cancel.buyer-reason'],
};

export const ebay: Rulebook = {
  platform: 'ebay',
  displayName: 'eBay',
  checkedOn: '2026-11-21',
  defaultMarketplace: 'US',
  marketplaces: {
    US: { code: 'US', language: 'en-US', cancellation: defects },
    UK: { code: 'UK', language: 'en-GB', cancellation: defects },
    DE: { code: 'DE', language: 'de', cancellation: defects },
    AU: { code: 'AU', language: 'en-AU', cancellation: defects },
  },
  askBuyerToCancel: 'not-when-out-of-stock',
  buyerCancelFlow: {
    ruleId: 'ebay.cancel.buyer-window',
    selfCancel: { minutes: 60, ruleId: 'ebay.cancel.buyer-window' },
  },
  buyerCancelRoute: { kind: 'seller-cancels-uncounted', ruleId: 'ebay.cancel.buyer-reason' },
  cancelRequestAnswerHours: 72,
  addressChange: { kind: 'update-before-shipping' },
  unpaidOrders: { kind: 'platform-cancels' },
  reasonCodes: { buyerRequested: 'BuyerCancelOrder', outOfStock: 'OutOfStockOrCannotFulfill' },
  messaging: {
    forbid: ['email', 'phone', 'off-platform', 'links'],
    requireOrderId: false,
    ruleIds: ['ebay.messaging'],
  },
  escalation: { ruleId: 'ebay.cases' },
  // A question about the transaction itself is what member-to-member messages are for.
  followUpAfterCancel: { allowed: true, ruleId: 'ebay.messaging' },
  rules: [
    {
      id: 'ebay.defect.definition',
      sourceKind: 'official',
      source:
        'https://www.ebay.com.au/help/selling/seller-levels-performance-standards/seller-levels-performance-standards?id=4080',
      says: 'Cancelling because the item is out of stock or you chose not to send it is a transaction defect.',
    },
    {
      id: 'ebay.defect.levels',
      sourceKind: 'official',
      source: LEVELS,
      says: 'Above Standard: defect rate at most 2% (Top Rated 0.5%), over 3 months with 400+ transactions, else 12 months.',
    },
    {
      id: 'ebay.cancel.buyer-reason',
      sourceKind: 'official',
      source: POST_ORDER,
      says: "A buyer-initiated cancellation cleared through eBay's flow (reason BuyerCancelOrder) is not a defect.",
    },
    {
      id: 'ebay.cancel.oos-reason',
      sourceKind: 'official',
      source: REASONS,
      says: 'Reason OutOfStockOrCannotFulfill results in a seller defect.',
    },
    {
      id: 'ebay.cancel.buyer-window',
      sourceKind: 'official',
      source: 'https://developer.ebay.com/api-docs/user-guides/static/trading-user-guide/order-cancellations.html',
      says: 'Buyers can request a cancellation within 1 hour of purchase; the seller approves it.',
    },
    {
      id: 'ebay.cancel.seller-window',
      sourceKind: 'official',
      source: 'https://ocsnext.ebay.co.uk/ocs/sr?query=1622&topicName=Cancel+a+sale',
      says: 'The seller can cancel up to 30 days after the sale, not after shipping or with a case open.',
    },
    {
      id: 'ebay.cases',
      sourceKind: 'official',
      source: 'https://pages.ebay.ca/resolutioncenter/BuyerProtectionForSellers.html',
      says: 'Answer a return or not-received request within 3 business days, before the buyer asks eBay to step in.',
    },
    {
      id: 'ebay.messaging',
      sourceKind: 'official',
      source: 'http://pages.ebay.com/help/policies/rfe-unwelcome-email-misuse.html',
      says: 'No offers to trade outside eBay, no e-mail addresses, phone numbers or links that do not help complete the transaction.',
    },
  ],
};
