// Amazon's cancellation rules as stated in ../shared/research/policies.md §1.1–1.2, each with the page
// it was read on and the marketplaces that page speaks for. No en_US copy of the cancellation-rate
// page was found: the US, MX, BR, JP, TR and SA marketplaces get these rules as another region's.
import { checkedRules } from './rule';

const CR_UK = 'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=200285210&language=en_GB';
const CR_EU = 'https://sellercentral-europe.amazon.com/gp/help/external/help.html?itemID=200285210&language=en_GB';
const CR_IN = 'https://sellercentral.amazon.in/gp/help/external/200285210?language=en_IN';
const CANCEL_US = 'https://sellercentral.amazon.com/gp/help/external/G201722390?language=en_US';
const BUYER_REQUEST =
  'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=PNRJVBQMJRS942V&language=en_GB';
const MESSAGE_REQUEST = 'https://sellercentral.amazon.sa/gp/help/external/help.html?itemID=201722390&language=en_AE';
const COMMS = 'https://sellercentral.amazon.it/gp/help/external/G1701?language=en_IT';

/** The pages of 200285210 found: Canada, the UK, the EU seller centre, Australia, the Emirates. */
const CR_PAGES = ['CA', 'UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'AU', 'AE'];
const EU_AU_AE = ['UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL', 'AU', 'AE'];

export const amazonCancelRules = checkedRules('2026-12-01', [
  {
    id: 'amazon.cr.definition',
    sourceKind: 'official',
    source: CR_UK,
    covers: CR_PAGES,
    says: 'Cancellation rate = seller-cancelled orders ÷ all orders over 7 days, seller-fulfilled orders only; every order and item cancellation the seller starts counts.',
  },
  {
    id: 'amazon.cr.threshold',
    sourceKind: 'official',
    source: CR_UK,
    covers: CR_PAGES,
    says: 'Keep the cancellation rate under 2.5%; above it Amazon may deactivate seller-fulfilled offers (UK: the account). No US, MX, BR, JP, TR or SA copy of this page was found.',
  },
  {
    id: 'amazon.cr.fba-excluded',
    sourceKind: 'official',
    source: CR_UK,
    covers: CR_PAGES,
    says: 'The cancellation rate applies only to seller-fulfilled orders: orders fulfilled by Amazon (FBA) are not part of it.',
  },
  {
    id: 'amazon.cr.pending',
    sourceKind: 'official',
    source: CR_EU,
    covers: CR_PAGES,
    says: 'Pending orders or items the customer cancels directly on Amazon are not counted.',
  },
  {
    id: 'amazon.cr.india',
    sourceKind: 'official',
    source: CR_IN,
    covers: ['IN'],
    says: 'Amazon.in measures 7 and 30 days and expects under 2%; auto-cancels count; "Buyer Cancelled" is excluded only when the customer used the official option.',
  },
  {
    id: 'amazon.cr.india-fee',
    sourceKind: 'official',
    source: CR_IN,
    covers: ['IN'],
    says: 'Amazon.in charges a cancellation fee of 100% of the referral fee, 150% when cancelled after the expected ship date.',
  },
  {
    id: 'amazon.cr.buyer-request-free',
    sourceKind: 'official',
    source: BUYER_REQUEST,
    covers: EU_AU_AE,
    says: 'A buyer request made through Your Orders › Request cancellation (a banner on Manage Orders since 23 May 2022) does not count when cancelled with reason "Buyer Cancelled" (BuyerCanceled).',
  },
  {
    id: 'amazon.cr.buyer-reason-misuse',
    sourceKind: 'official',
    source: BUYER_REQUEST,
    covers: EU_AU_AE,
    says: 'Picking "Buyer Cancelled" (BuyerCanceled) for a cancellation the buyer did not request still counts against the rate.',
  },
  {
    id: 'amazon.cr.message-request-counts',
    sourceKind: 'official',
    source: MESSAGE_REQUEST,
    covers: ['SA', 'AE', 'UK', 'DE', 'FR', 'IT', 'ES', 'NL', 'SE', 'PL'],
    says: 'A cancellation asked for only by message is unofficial and counts; Amazon suggests replying: Your Account › Your Orders › Request cancellation.',
  },
  {
    id: 'amazon.cr.auto-cancel',
    sourceKind: 'official',
    source: CANCEL_US,
    covers: ['US'],
    says: 'Amazon cancels an order not shipped and confirmed 7 days after its expected ship date; an Amazon moderator confirms such auto-cancels count.',
  },
  {
    id: 'amazon.cr.auto-cancel-br',
    sourceKind: 'official',
    source: 'https://sellercentral.amazon.com.br/gp/help/external/help-page.html?itemID=200197960&language=en_US',
    covers: ['BR'],
    says: 'Amazon.com.br cancels an order not shipped 7 business days after its expected ship date; the buyer is not charged even if it was shipped.',
  },
  {
    id: 'amazon.cr.self-cancel-30min',
    sourceKind: 'official',
    source: CANCEL_US,
    says: 'For 30 minutes after ordering the buyer can cancel alone with Cancel Items; after that they can only request it and the seller cancels.',
  },
  {
    id: 'amazon.cr.consecutive',
    sourceKind: 'official',
    source: CR_EU,
    covers: EU_AU_AE,
    says: 'EU, AU, AE: two consecutive seller cancellations of orders from the last 30 days may get the offer removed (reactivate it by editing its price).',
  },
  {
    id: 'amazon.cancel-vs-refund',
    sourceKind: 'official',
    source: CR_UK,
    covers: ['CA', 'UK'],
    says: 'Once an order is ship-confirmed, not delivering it or accepting a return is a refund, not a cancellation.',
  },
  {
    id: 'amazon.oos.cancel-yourself',
    sourceKind: 'official',
    source: COMMS,
    covers: ['IT', 'SA'],
    says: 'Out of stock: adjust the full order with reason NoInventory or CouldNotShip, then message the buyer to confirm the refund.',
  },
  {
    id: 'amazon.oos.no-ask',
    sourceKind: 'third-party',
    source: 'https://tmark.pro/en/communication-guidelines-for-amazon-seller/',
    sourceDate: '2020',
    says: 'Out of stock: do not contact the buyer and request that they submit a cancellation request (2020 guidelines, as copied by a third party; Jungle Scout reports the same).',
  },
]);
