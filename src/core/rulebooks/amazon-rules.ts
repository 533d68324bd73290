// Amazon's rules as stated in ../shared/research/policies.md §1, each with the page it was read on.
import type { Rule } from './rulebook';

const HELP_CR_UK = 'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=200285210&language=en_GB';
const HELP_CR_EU = 'https://sellercentral-europe.amazon.com/gp/help/external/help.html?itemID=200285210&language=en_GB';
const HELP_CR_IN = 'https://sellercentral.amazon.in/gp/help/external/200285210?language=en_IN';
const HELP_CANCEL_US = 'https://sellercentral.amazon.com/gp/help/external/G201722390?language=en_US';
const HELP_BUYER_REQUEST =
  'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=PNRJVBQMJRS942V&language=en_GB';
const HELP_MESSAGE_REQUEST =
  'https://sellercentral.amazon.sa/gp/help/external/help.html?itemID=201722390&language=en_AE';
const HELP_COMMS = 'https://sellercentral.amazon.it/gp/help/external/G1701?language=en_IT';
const COMMS_SUMMARY = 'https://www.junglescout.com/blog/amazon-updates-communication-guidelines/';

export const amazonRules: Rule[] = [
  {
    id: 'amazon.cr.definition',
    sourceKind: 'official',
    source: HELP_CR_UK,
    says: 'Cancellation rate = seller-cancelled orders ÷ all orders over 7 days, seller-fulfilled orders only.',
  },
  {
    id: 'amazon.cr.threshold',
    sourceKind: 'official',
    source: HELP_CR_UK,
    says: 'Keep the cancellation rate under 2.5%; above it Amazon may deactivate the account or its seller-fulfilled offers.',
  },
  {
    id: 'amazon.cr.fba-excluded',
    sourceKind: 'official',
    source: HELP_CR_UK,
    says: 'Orders fulfilled by Amazon (FBA) are not part of the cancellation rate.',
  },
  {
    id: 'amazon.cr.india',
    sourceKind: 'official',
    source: HELP_CR_IN,
    says: 'Amazon.in measures 7 and 30 days and expects under 2%.',
  },
  {
    id: 'amazon.cr.buyer-request-free',
    sourceKind: 'official',
    source: HELP_BUYER_REQUEST,
    says: 'A buyer request made through Your Orders › Request cancellation does not count when cancelled with reason "Buyer Cancelled".',
  },
  {
    id: 'amazon.cr.buyer-reason-misuse',
    sourceKind: 'official',
    source: HELP_BUYER_REQUEST,
    says: 'Picking "Buyer Cancelled" for a cancellation the buyer did not request still counts against the rate.',
  },
  {
    id: 'amazon.cr.message-request-counts',
    sourceKind: 'official',
    source: HELP_MESSAGE_REQUEST,
    says: 'A cancellation asked for only by message is unofficial and counts; point the buyer to Your Orders › Request cancellation.',
  },
  {
    id: 'amazon.cr.auto-cancel',
    sourceKind: 'official',
    source: HELP_CANCEL_US,
    says: 'Amazon cancels orders not ship-confirmed 7 days after the expected ship date, and that counts.',
  },
  {
    id: 'amazon.cr.self-cancel-30min',
    sourceKind: 'official',
    source: HELP_CANCEL_US,
    says: 'For 30 minutes after ordering the buyer can cancel alone; after that they can only request it.',
  },
  {
    id: 'amazon.cr.consecutive',
    sourceKind: 'official',
    source: HELP_CR_EU,
    says: 'EU, AU, AE: two consecutive seller cancellations of orders from the last 30 days may get the offer removed.',
  },
  {
    id: 'amazon.cancel-vs-refund',
    sourceKind: 'official',
    source: HELP_CR_UK,
    says: 'Once an order is ship-confirmed, not delivering it or taking it back is a refund, not a cancellation.',
  },
  {
    id: 'amazon.oos.no-ask',
    sourceKind: 'official',
    source: HELP_COMMS,
    says: 'Out of stock: cancel yourself with reason NoInventory and tell the buyer; never ask the buyer to request the cancellation.',
  },
  {
    id: 'amazon.odr',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/G200285170?language=en_US',
    says: 'Order defect rate under 1% over 60 days (negative feedback, A-to-z claims, chargebacks).',
  },
  {
    id: 'amazon.odr.refund-before-claim',
    sourceKind: 'official-forum',
    source: 'https://sellercentral-europe.amazon.com/seller-forums/discussions/t/e27a52033a36eedaf1201a67d19c8266',
    says: 'An A-to-z claim refunded after it was filed still counts: refund before a claim is filed.',
  },
  {
    id: 'amazon.atoz.timing',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=27951&language=en_US',
    says: 'A buyer may file an A-to-z claim 48 h after contacting the seller; answer Amazon within 72 h.',
  },
  {
    id: 'amazon.lsr',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com.au/gp/help/external/help.html?itemID=200285190&language=en_AU',
    says: 'Late shipment rate under 4% over 10 and 30 days.',
  },
  {
    id: 'amazon.vtr',
    sourceKind: 'official',
    source: 'https://sellercentral-europe.amazon.com/gp/help/external/201817070?language=en_GB',
    says: 'Valid tracking rate over 95%.',
  },
  {
    id: 'amazon.reply-24h',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/200549770?language=en-US',
    says: 'Answer buyer messages within 24 hours, weekends included.',
  },
  {
    id: 'amazon.returns.window',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200708210&language=en_US',
    says: 'Most items can be returned within 30 days of delivery; in-policy returns are authorised automatically.',
  },
  {
    id: 'amazon.messaging.content',
    sourceKind: 'third-party',
    source: COMMS_SUMMARY,
    says: "Messages: no links, e-mail addresses, phone numbers, emoji, marketing; include the 17-digit order id; write in the buyer's language.",
  },
  {
    id: 'amazon.messaging.permitted',
    sourceKind: 'official-forum',
    source: 'https://sellercentral.amazon.co.uk/seller-forums/discussions/t/0280ebb5-103d-41c8-a3a8-42d13097c519',
    says: 'Only messages needed to complete an order or answer the buyer are permitted; proactive ones only for the listed reasons (fulfilment issue, return question, invoice, delivery, custom design, review request).',
  },
  {
    id: 'amazon.messaging.no-review-in-cancel',
    sourceKind: 'official',
    source: HELP_COMMS,
    says: 'Never ask for a (positive) review in these messages or offer anything for one.',
  },
];
