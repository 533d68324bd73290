// eBay's rules as stated in ../shared/research/policies.md §2. The level limits are read on eBay's
// Malaysian and Philippine help (the same text); the evaluation rule on its US and export pages.
import { checkedRules } from './rule';

const DEFECTS_PH = 'https://ocsnext.ebay.ph/ocs/sr?query=1514&topicName=Defects';
const STANDARDS_AU =
  'https://www.ebay.com.au/help/selling/seller-levels-performance-standards/seller-levels-performance-standards?id=4080';
const POST_ORDER =
  'https://developer.ebay.com/api-docs/user-guides/static/post-order-user-guide/post-order-cancellations.html';
const REASONS = 'https://developer.ebay.com/devzone/merchant-data/CallRef/types/CancelReasonCodeType.html';
const IN_STANDARDS = 'https://ocsnext.ebay.in/ocs/sr?query=1472';

export const ebayRules = checkedRules('2026-12-01', [
  {
    id: 'ebay.defect.rate',
    sourceKind: 'official',
    source: DEFECTS_PH,
    covers: ['PH', 'MY'],
    says: 'Defect rate = (seller-cancelled transactions + cases closed without seller resolution) ÷ all transactions.',
  },
  {
    id: 'ebay.defect.what-counts',
    sourceKind: 'official',
    source: STANDARDS_AU,
    covers: ['AU'],
    says: 'Cancelling because the item is out of stock or you chose not to send it is a transaction defect, as is a not-received or not-as-described request closed without seller resolution.',
  },
  {
    id: 'ebay.levels',
    sourceKind: 'official',
    source: 'https://ocsnext.ebay.com.my/ocs/sr?topicName=Defects&query=1514',
    covers: ['MY', 'PH'],
    says: 'Top Rated: at most 0.5% and 3 or fewer defects from unique buyers; Above Standard: at most 2% and 4 or fewer; Below Standard: over 2% and 5 or more defects from unique buyers.',
  },
  {
    id: 'ebay.evaluation',
    sourceKind: 'official',
    source:
      'https://www.ebay.com/help/selling/seller-levels-performance-standards/seller-levels-performance-standards?id=4080',
    says: 'Sellers are evaluated on the 20th of each month: over the last 3 months with 400 or more transactions in them, otherwise over the last 12 months.',
  },
  {
    // Read for the README's limit on ebay.fr, .it, .es and .ca (2026-12-02): the Global programme's
    // Top Rated figures on eBay Australia's seller centre (seller-levels-and-your-seller-dashboard)
    // are those of ebay.levels; only late shipment, which the guard does not use, differs.
    id: 'ebay.programmes',
    sourceKind: 'official',
    source: 'https://www.ebay.com/help/policies/selling-policies/global-seller-performance-policy?id=4351',
    says: 'Sellers are measured against four regional programmes: US; UK with Ireland; German (Germany, Austria, Switzerland); and Global (Australia, Canada, France, Italy, Spain and every other market). A sale counts in the programme of the country it is delivered to; the programmes differ mainly in their late-shipment limits.',
  },
  {
    id: 'ebay.below-standard',
    sourceKind: 'official',
    source: IN_STANDARDS,
    covers: ['IN'],
    says: 'Below Standard: lower search placement, possible fund holds, selling limits after 90 days without improvement (AU: a defect rate over 2% raises the final value fee).',
  },
  {
    id: 'ebay.cases.closed',
    sourceKind: 'third-party',
    source: 'https://www.droopify.co/docs/documentation/seller-level',
    says: 'Cases closed without seller resolution: Below Standard beyond 0.3% of transactions and more than 2 cases (whichever limit is higher applies).',
  },
  {
    id: 'ebay.cases.top-rated',
    sourceKind: 'third-party',
    source: 'https://www.productsourcing101.com/how-to-become-a-top-rated-seller-on-ebay-new-requirement/',
    says: 'Top Rated needs at most 0.3% of transactions with cases closed without seller resolution.',
  },
  {
    id: 'ebay.late-shipment',
    sourceKind: 'official',
    source: 'https://sellercentre.ebay.com.au/how-we-measure-seller-standards',
    covers: ['AU'],
    says: 'A shipment is late when tracking shows delivery after the estimated date and there is no acceptance scan within handling time (limits reported as 3% for Top Rated, 7% on the garbled India page).',
  },
  {
    id: 'ebay.top-rated-eligibility',
    sourceKind: 'third-party',
    source: 'https://www.productsourcing101.com/how-to-become-a-top-rated-seller-on-ebay-new-requirement/',
    says: 'Top Rated also needs an account open 90 days, 100 transactions and $1,000 of US sales in 12 months, and tracking uploaded on time on 90–95% of US transactions.',
  },
  {
    id: 'ebay.defect.removal',
    sourceKind: 'official',
    source: 'https://pages.ebay.com/seller-center/service-and-payments/defect-removal.html',
    says: 'eBay removes a defect when the buyer did not pay and an unpaid item case was filed, on eBay site errors, when eBay acts against the buyer, or for systemic carrier delays.',
  },
  {
    id: 'ebay.defect.history',
    sourceKind: 'official',
    source: 'https://pages.ebay.com/bh/en-us/sellerinformation/news/fallupdate2015/seller-standards.html',
    sourceDate: '2016-02-20',
    says: 'Since 20 Feb 2016 feedback, detailed seller ratings and resolved returns or not-received requests no longer affect the defect rate.',
  },
  {
    id: 'ebay.cancel.buyer-reason',
    sourceKind: 'official',
    source: POST_ORDER,
    says: "A buyer-initiated cancellation is not a defect when the seller clears it through eBay's flow (reason BuyerCancelOrder) so eBay can verify the buyer's request.",
  },
  {
    id: 'ebay.cancel.reason-codes',
    sourceKind: 'official',
    source: REASONS,
    says: 'Reason BuyerCancelOrder is the one the seller gives to avoid a defect; OutOfStock and OutOfStockOrCannotFulfill result in a seller defect; AddressIssues is a seller-only reason.',
  },
  {
    id: 'ebay.cancel.oos-even-if-asked',
    sourceKind: 'third-party',
    source: 'https://ebaylinksupport.omnivore.com.au/support/solutions/articles/17000076510',
    says: 'Choosing "out of stock or unable to fulfil" gives a defect even when the buyer messaged first.',
  },
  {
    id: 'ebay.cancel.buyer-window',
    sourceKind: 'official',
    source: 'https://developer.ebay.com/api-docs/user-guides/static/trading-user-guide/order-cancellations.html',
    covers: ['US'],
    says: "Buyers can request a cancellation within 1 hour of purchase (the EBAY_US cutoff); every such request needs the seller's approval.",
  },
  {
    id: 'ebay.cancel.seller-window',
    sourceKind: 'official',
    source: 'https://ocsnext.ebay.co.uk/ocs/sr?query=1622&topicName=Cancel+a+sale',
    covers: ['UK'],
    says: 'The seller can cancel up to 30 days after the sale, not once the item shipped or while a request or case is open; refund within 10 days.',
  },
  {
    id: 'ebay.cancel.answer-3-days',
    sourceKind: 'third-party',
    source: 'https://ywqzx.xyz/?post=676',
    says: "The seller has 3 days to answer a buyer's cancellation request (a copy of eBay.de's help).",
  },
  {
    id: 'ebay.cases.answer',
    sourceKind: 'official',
    source: 'https://wwww.ebay.co.uk/help/buying/returns-refunds/ask-ebay-step-help-buyers?id=4701',
    covers: ['UK', 'CA'],
    says: 'Answer a return or not-received request within 3 business days; after that the buyer can ask eBay to step in; appeals within 30 days of closure.',
  },
  {
    id: 'ebay.cases.buyer-window',
    sourceKind: 'third-party',
    source: 'https://parceldetect.com/hi/insurance/how-to-file-ebay-claim-buyer',
    says: 'Buyers can report a problem for 30 days from the (estimated) delivery date.',
  },
  {
    id: 'ebay.messaging',
    sourceKind: 'official',
    source: 'http://pages.ebay.com/help/policies/rfe-unwelcome-email-misuse.html',
    says: 'No offers to buy or sell outside eBay, no spam or threats, no personal information but names (e-mail addresses, phone numbers, payment details, social-media links).',
  },
  {
    id: 'ebay.messaging.links',
    sourceKind: 'official',
    source: 'http://pages.ebay.com/help/policies/rfe-spam-ov.html',
    says: 'No e-mail addresses or links that do not directly help complete the transaction; breaking this can block messages or suspend the account.',
  },
]);
