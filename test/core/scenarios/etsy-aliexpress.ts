// Etsy (only the seller cancels; cases after 48 hours) and AliExpress (disputes answered in 5 days).
import { CANCELLING, delivered, shipped, sit, type Case } from './kit';

const etsy = (over: Parameters<typeof sit>[2] = {}) => sit('etsy', 'GLOBAL', over);
const ali = (over: Parameters<typeof sit>[2] = {}) => sit('aliexpress', 'GLOBAL', over);

export const ETSY_ALIEXPRESS: Case[] = [
  {
    name: 'Etsy: the buyer changed their mind → the seller cancels, full refund; no rate to protect',
    s: etsy(),
    first: 'cancel',
    reasonCode: 'buyer-requested',
    firstEffect: 'none',
    excludes: ['ask-buyer-to-request-cancellation'],
    rests: { rule: 'etsy.cancel.reasons', says: 'both agree before shipping' },
  },
  {
    name: 'Etsy: out of stock → cancel and tell the buyer; only sellers cancel',
    s: etsy({ reason: 'out-of-stock', askedVia: 'seller' }),
    first: 'cancel',
    reasonCode: 'out-of-stock',
    includes: ['contact-buyer'],
    rests: { rule: 'etsy.cancel.who', says: 'Only sellers can cancel' },
  },
  {
    name: 'Etsy: unpaid → remind, then cancel as not paid',
    s: etsy({ reason: 'payment-problem', order: { status: 'unpaid' } }),
    first: 'contact-buyer',
    includes: ['cancel'],
    rests: { rule: 'etsy.cancel.reasons', says: 'the buyer did not pay' },
  },
  {
    name: 'Etsy: address change before shipping → update the address',
    s: etsy({ reason: 'address-change' }),
    first: 'update-address',
    rests: { rule: 'etsy.messages', says: 'Use Etsy Messages', cited: false },
  },
  {
    name: 'Etsy: a help request on a late parcel → resolve within 48 h before a case can open',
    s: shipped('etsy', 'GLOBAL', 2, { reason: 'not-received', requestOpen: true }),
    first: 'refund',
    why: 'advice.answer-request',
    rests: { rule: 'etsy.cases.help-request', says: '48 h' },
  },
  {
    name: 'Etsy: a case opened for not received → resolve it, with evidence kept',
    s: shipped('etsy', 'GLOBAL', 5, { reason: 'not-received', claimOpen: true }),
    first: 'refund',
    includes: ['gather-evidence', 'escalate-to-platform'],
    rests: { rule: 'etsy.cases.help-request', says: 'resolve it' },
  },
  {
    name: 'Etsy: a cancelled order → one neutral question',
    s: etsy({ order: { status: 'cancelled' } }),
    first: 'ask-why-cancelled',
    rests: { rule: 'etsy.messages', says: 'Etsy Messages' },
  },
  {
    name: 'AliExpress: the buyer asked by message → ask them to request cancellation with their own reason',
    s: ali(),
    first: 'ask-buyer-to-request-cancellation',
    why: 'advice.ask-own-reason',
    includes: ['cancel'],
    rests: { rule: 'aliexpress.buyer-reason', says: 'cancel without penalty' },
  },
  {
    name: 'AliExpress: a request through the platform → answer within 48 h or it closes by itself',
    s: ali({ askedVia: 'platform-request' }),
    first: 'confirm-buyer-cancellation',
    why: 'advice.confirm-within',
    rests: { rule: 'aliexpress.buyer-cancel', says: '48 h' },
  },
  {
    name: 'AliExpress: out of stock → cancel yourself; a seller-fault reason is "not sold" whoever files it',
    s: ali({ reason: 'out-of-stock', askedVia: 'seller' }),
    first: 'cancel',
    excludes: ['ask-buyer-to-request-cancellation'],
    rests: { rule: 'aliexpress.seller-fault-cancel', says: 'not sold' },
  },
  {
    name: 'AliExpress: a dispute for not received → evidence and answer within 5 days; a refund stays possible',
    s: shipped('aliexpress', 'GLOBAL', 6, { reason: 'not-received', claimOpen: true }),
    first: 'gather-evidence',
    includes: ['escalate-to-platform', 'refund'],
    rests: { rule: 'aliexpress.dispute.escalation', says: 'day 16' },
  },
  {
    name: 'AliExpress: a dispute the buyer refuses to close → escalation with evidence, refund still possible',
    s: delivered('aliexpress', 'GLOBAL', 8, { reason: 'not-as-described', claimOpen: true }),
    first: 'gather-evidence',
    includes: ['refund', 'escalate-to-platform'],
    rests: { rule: 'aliexpress.dispute.escalation', says: 'escalate a dispute' },
  },
  {
    name: 'AliExpress: not as described without a dispute → a replacement or refund first',
    s: delivered('aliexpress', 'GLOBAL', 4, { reason: 'not-as-described' }),
    first: 'replacement',
    includes: ['refund'],
    excludes: CANCELLING,
    rests: { rule: 'aliexpress.dispute.timing', says: 'refund', cited: false },
  },
  {
    name: 'AliExpress: a cancelled order → a neutral question, no pressure',
    s: ali({ order: { status: 'cancelled' } }),
    first: 'ask-why-cancelled',
    rests: { rule: 'aliexpress.harassment', says: 'Pressuring buyers' },
  },
];
