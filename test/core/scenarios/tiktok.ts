// TikTok Shop: never ask the buyer to cancel; stock problems are notified with a full refund or
// bought time for; requests answered within the region's window; shipped requests declined by tracking
// where the US rules apply.
import { CANCELLING, delivered, NOW, shipped, sit, type Case } from './kit';

const us = (over: Parameters<typeof sit>[2] = {}) => sit('tiktok', 'US', over);
const th = (over: Parameters<typeof sit>[2] = {}) => sit('tiktok', 'TH', over);

export const TIKTOK: Case[] = [
  {
    name: 'the buyer asked by message → cancel with their reason and keep the chat; never ask',
    s: us(),
    first: 'cancel',
    reasonCode: 'buyer-requested',
    includes: ['gather-evidence'],
    excludes: ['ask-buyer-to-request-cancellation'],
    rests: { rule: 'tiktok.sfcr.appeal', says: 'chat screenshots' },
  },
  {
    name: 'the buyer’s request through TikTok → confirm: buyer-requested cancellations are outside the rate',
    s: us({ askedVia: 'platform-request' }),
    first: 'confirm-buyer-cancellation',
    firstEffect: 'none',
    rests: { rule: 'tiktok.sfcr.excluded', says: 'Buyer-requested cancellations' },
  },
  {
    name: 'Thailand: a buyer’s request must be answered within 24 h or TikTok cancels it',
    s: th({ askedVia: 'platform-request' }),
    first: 'confirm-buyer-cancellation',
    why: 'advice.confirm-within',
    rests: { rule: 'tiktok.auto-cancel.th', says: 'not handled within 24 h' },
  },
  {
    name: 'out of stock → buy time first (backorder, custom handling time), else cancel, notify and refund in full',
    s: us({ reason: 'out-of-stock', askedVia: 'seller' }),
    first: 'extend-handling-time',
    includes: ['cancel', 'contact-buyer'],
    excludes: ['ask-buyer-to-request-cancellation'],
    rests: { rule: 'tiktok.oos-alternatives', says: 'backorder' },
  },
  {
    name: 'out of stock in Thailand → the same; the no-asking rule is Thailand’s own page',
    s: th({ reason: 'out-of-stock', askedVia: 'seller' }),
    first: 'extend-handling-time',
    includes: ['contact-buyer'],
    rests: { rule: 'tiktok.no-ask.sea', says: 'prohibited from requesting customers to cancel' },
  },
  {
    name: 'duplicate orders noticed by the seller → check with the buyer; never ask them to cancel',
    s: us({ reason: 'duplicate-order', askedVia: 'seller' }),
    first: 'contact-buyer',
    excludes: CANCELLING,
    rests: { rule: 'tiktok.no-ask.us', says: "Don't ask customers to cancel", cited: false },
  },
  {
    name: 'address change before shipping → update the address; no asking',
    s: us({ reason: 'address-change' }),
    first: 'update-address',
    excludes: ['ask-buyer-to-request-cancellation'],
    rests: { rule: 'tiktok.no-ask.us', says: "Don't ask customers to cancel", cited: false },
  },
  {
    name: 'a shipped order with a cancellation request → upload tracking: the request is declined',
    s: shipped('tiktok', 'US', -2, { askedVia: 'platform-request' }),
    first: 'upload-tracking',
    includes: ['offer-return'],
    excludes: CANCELLING,
    rests: { rule: 'tiktok.buyer-cancel.us', says: 'uploading tracking declines the request' },
  },
  {
    name: 'shipped with its tracking, the buyer’s request open, in Thailand → a return, not "decline by tracking" (only the US says so); never ask the buyer to cancel',
    s: shipped('tiktok', 'TH', -1, { askedVia: 'platform-request', order: { hasTracking: true } }),
    first: 'offer-return',
    excludes: [...CANCELLING, 'ask-buyer-to-request-cancellation', 'upload-tracking'],
    rests: {
      rule: 'tiktok.buyer-cancel.sea',
      says: 'declined by uploading tracking, as the US page does',
      cited: false,
    },
  },
  {
    name: 'damaged, a return request open in Vietnam → answer within 1 working day',
    s: delivered('tiktok', 'VN', 2, { reason: 'damaged', requestOpen: true }),
    first: 'refund',
    why: 'advice.answer-request',
    rests: { rule: 'tiktok.returns.sea', says: '1 working day' },
  },
  {
    name: 'damaged in the US, a request open → answer within 48 h (a third party’s figure)',
    s: delivered('tiktok', 'US', 2, { reason: 'damaged', requestOpen: true }),
    first: 'refund',
    rests: { rule: 'tiktok.returns.us-answer', says: '48 h' },
  },
  {
    name: 'delivered 60 days ago, the buyer wants to undo it → inside the 90-day money-back window: a return',
    s: delivered('tiktok', 'US', 60, { reason: 'late-cancellation' }),
    first: 'offer-return',
    why: 'advice.offer-return-platform',
    rests: { rule: 'tiktok.returns.us', says: '90 days' },
  },
  {
    name: 'not received after the estimate, no claim → refund or reship now',
    s: shipped('tiktok', 'US', 3, { reason: 'not-received' }),
    first: 'refund',
    why: 'advice.refund-overdue-plain',
    excludes: CANCELLING,
    rests: { rule: 'tiktok.sfcr.us', says: 'seller fault', cited: false },
  },
  {
    name: 'suspected fraud → evidence, report; no cancelling on suspicion',
    s: us({ reason: 'suspected-fraud', askedVia: 'seller' }),
    first: 'gather-evidence',
    excludes: ['cancel'],
    rests: { rule: 'tiktok.sfcr.us', says: 'seller-fault cancellation rate', cited: false },
  },
  {
    name: 'within the first hour the buyer cancels alone, but TikTok forbids asking: cancel with proof, never ask',
    s: us({ order: { orderedAt: NOW - 10 * 60_000, ageDays: 0 } }),
    first: 'cancel',
    excludes: ['ask-buyer-to-request-cancellation'],
    rests: { rule: 'tiktok.no-ask.us', says: 'notify them in the app' },
  },
  {
    name: 'a cancelled order → one short, neutral question in the chat',
    s: us({ order: { status: 'cancelled' } }),
    first: 'ask-why-cancelled',
    rests: { rule: 'tiktok.cs-policy.us', says: 'TikTok Shop Chat' },
  },
];
