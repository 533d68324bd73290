// Amazon's rules around the cancellation rate (policies.md §1.3–1.4): claims, returns, messages, and
// the two pages found beyond policies.md that the advice needs (FBA customer service, address changes).
import { checkedRules } from './rule';

const COMMS = 'https://sellercentral.amazon.it/gp/help/external/G1701?language=en_IT';

export const amazonServiceRules = checkedRules('2026-12-01', [
  {
    id: 'amazon.odr',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/G200285170?language=en_US',
    covers: ['US', 'SA'],
    says: 'Order defect rate under 1% over 60 days (negative feedback, A-to-z claims not denied, chargebacks).',
  },
  {
    id: 'amazon.odr.refund-before-claim',
    sourceKind: 'official-forum',
    source: 'https://sellercentral-europe.amazon.com/seller-forums/discussions/t/e27a52033a36eedaf1201a67d19c8266',
    covers: ['UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL'],
    says: 'A claim refunded after it was filed, or one for an order you or Amazon cancelled, still counts: refund before a claim is filed.',
  },
  {
    id: 'amazon.atoz.timing',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=27951&language=en_US',
    covers: ['US'],
    says: 'A buyer may file an A-to-z claim 48 h after contacting the seller; answer Amazon within 72 h; appeals within 30 days.',
  },
  {
    id: 'amazon.atoz.buyer-window',
    sourceKind: 'official',
    source: 'https://arcus-www.amazon.ca/gp/help/customer/display.html?nodeId=201889410',
    covers: ['CA'],
    says: 'A buyer can claim an item not received only 3 days after the latest estimated delivery date, within 90 days of it.',
  },
  {
    id: 'amazon.lsr',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com.au/gp/help/external/help.html?itemID=200285190&language=en_AU',
    covers: ['AU', 'DE', 'IT'],
    says: 'Late shipment rate under 4% over 10 and 30 days, seller-fulfilled orders only.',
  },
  {
    id: 'amazon.vtr',
    sourceKind: 'official',
    source: 'https://sellercentral-europe.amazon.com/gp/help/external/201817070?language=en_GB',
    says: 'Valid tracking rate over 95% over 7 and 30 days, per product category; a tracking id needs a carrier scan.',
  },
  {
    id: 'amazon.ahr',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=QLQRT6FX2K7C8Y5&language=en_US',
    covers: ['US'],
    says: 'Account Health Rating: "At Risk" or "Critical" means a risk of deactivation.',
  },
  {
    id: 'amazon.reply-24h',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/200549770?language=en-US',
    covers: ['US'],
    says: 'Answer buyer messages within 24 hours, weekends and holidays included.',
  },
  {
    id: 'amazon.returns.window',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200708210&language=en_US',
    covers: ['US'],
    says: 'Most items can be returned within 30 days of the estimated delivery date; in-policy returns are authorised automatically.',
  },
  {
    id: 'amazon.returns.de',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.de/gp/help/external/help-page.html?itemID=200708210&language=en_DE',
    covers: ['DE'],
    says: 'Answer manual return authorisations within 24 hours; refund within two business days of receiving the return.',
  },
  {
    id: 'amazon.fba.customer-service',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=200298130&language=en_JP',
    says: 'Amazon handles customer service, refunds and returns for FBA orders: ask a buyer who writes about delivery, lost or damaged items to contact Amazon customer service.',
  },
  {
    id: 'amazon.address.order-address',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200495820&language=en_US',
    sourceDate: '© 1999-2020',
    covers: ['US'],
    says: 'Ship only to the address on the order; a buyer who needs another address cancels and orders again; once shipped, ask the carrier to retrieve the parcel, and any refund is up to you.',
  },
  {
    id: 'amazon.messaging.permitted',
    sourceKind: 'official-forum',
    source: 'https://sellercentral.amazon.co.uk/seller-forums/discussions/t/0280ebb5-103d-41c8-a3a8-42d13097c519',
    says: 'Only messages needed to complete an order or answer the buyer are permitted; proactive ones only for the listed reasons (fulfilment issue, return question, invoice, delivery, custom design, review request).',
  },
  {
    id: 'amazon.messaging.reviews',
    sourceKind: 'official',
    source: COMMS,
    says: 'Never ask for a positive review, ask only happy customers, or offer anything for a review.',
  },
  {
    id: 'amazon.messaging.content',
    sourceKind: 'third-party',
    source: 'https://www.junglescout.com/blog/amazon-updates-communication-guidelines/',
    sourceDate: 'Nov 2020',
    says: "Messages: within 30 days, with the 17-digit order id, in the buyer's language; no links, e-mail addresses, phone numbers, emoji or marketing.",
  },
  {
    id: 'amazon.messaging.restrictions',
    sourceKind: 'third-party',
    source: 'https://www.ecomengine.com/help/amazon-restriction-proactive-emails',
    says: 'Breaking the rules restricts proactive messages for 30 days or for good; no "[Important]" subjects without need.',
  },
  {
    id: 'amazon.messaging.critical',
    sourceKind: 'official-forum',
    source:
      'https://sellercentral-europe.amazon.com/forums/t/upcoming-changes-to-buyer-initiated-order-cancellations/519119',
    says: 'Cancellation messages are critical: they reach buyers who opted out of messages.',
  },
]);
