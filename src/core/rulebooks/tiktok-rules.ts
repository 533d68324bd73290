// TikTok Shop's rules as stated in ../shared/research/policies.md §6: the US pages and the Southeast
// Asian ones (Thailand, Vietnam, Indonesia), each versioned; the rest from third parties.
import { checkedRules } from './rule';

const US = (id: string) => `https://seller-us.tiktok.com/university/essay?knowledge_id=${id}`;
const TH = (id: string) => `https://seller-th.tiktok.com/university/essay?knowledge_id=${id}&lang=en`;
const SEA = ['TH', 'VN', 'ID'];

export const tiktokRules = checkedRules('2026-12-01', [
  {
    id: 'tiktok.sfcr.us',
    sourceKind: 'official',
    source: US('7953001314830094'),
    covers: ['US'],
    says: 'Keep the seller-fault cancellation rate (confirmed orders cancelled for seller fault in the evaluation period, creator samples excluded) at or under 2.5%; violations cost Account Health points, order volume limits and longer settlement.',
  },
  {
    id: 'tiktok.sfcr.us-window',
    sourceKind: 'third-party',
    source: 'https://sellerops.io/tiktok-shop-seller-fault-cancellation-rate',
    says: "The US evaluation window is not on TikTok's page: third parties say 30 days (others 28).",
  },
  {
    id: 'tiktok.sea.sfcr',
    sourceKind: 'official',
    source: TH('4260207925872400'),
    sourceDate: 'TH v. 06/18/2025; VN v. 06/29/2025',
    covers: SEA,
    says: 'Southeast Asia: the seller-fault cancellation rate covers 7 calendar days and counts seller-initiated cancellations (no stock, wrong price) and auto-cancellations for a missed deadline.',
  },
  {
    id: 'tiktok.sea.points',
    sourceKind: 'official',
    source: TH('4260207925872400'),
    sourceDate: 'TH v. 06/18/2025',
    covers: SEA,
    says: 'A seller-fault cancellation rate of 10% or more costs 2 violation points; 10% or more with 30 or more seller-fault cancellations costs 4.',
  },
  {
    id: 'tiktok.sea.order-limits',
    sourceKind: 'official',
    source: 'https://seller-vn.tiktok.com/university/essay?knowledge_id=6988439669442305&lang=en',
    sourceDate: 'VN v. 06/29/2025',
    covers: SEA,
    says: 'Order volume limits apply at a seller-fault cancellation rate of 10%, 30% and 50% or more.',
  },
  {
    id: 'tiktok.sea.points-system',
    sourceKind: 'official',
    source: TH('2491464556136208'),
    covers: ['TH'],
    says: 'Violation points (48-point system): a high cancellation or late dispatch rate 2–4 points, a high seller-fault return rate 2, inappropriate customer communication 1–12.',
  },
  {
    id: 'tiktok.sfcr.excluded',
    sourceKind: 'third-party',
    source: 'https://sellerops.io/tiktok-shop-seller-fault-cancellation-rate',
    says: 'Buyer-requested cancellations, FBT orders, creator samples and platform errors are outside the seller-fault cancellation rate.',
  },
  {
    id: 'tiktok.sfcr.appeal',
    sourceKind: 'third-party',
    source: 'https://polici.net/changes/seller-fault-cancellation-rate-requirements/cmpx6czlb007go91d3xyrd4zq',
    says: 'Appealing a cancellation as customer-requested needs chat screenshots showing the buyer asked, with matching order ids.',
  },
  {
    id: 'tiktok.no-ask.us',
    sourceKind: 'official',
    source: US('6201736389805867'),
    covers: ['US'],
    says: "Don't ask customers to cancel orders for stock issues: it is your responsibility; notify them in the app with the reason and refund in full.",
  },
  {
    id: 'tiktok.no-ask.sea',
    sourceKind: 'official',
    source: TH('102441673344769'),
    covers: ['TH', 'VN'],
    says: 'Sellers are prohibited from requesting customers to cancel their orders.',
  },
  {
    id: 'tiktok.oos-alternatives',
    sourceKind: 'third-party',
    source: 'https://polici.net/changes/seller-fault-cancellation-rate-requirements/cmpx6czlb007ho91dqoahh5se',
    says: 'Before cancelling for stock: backorder (handling time of 3–15 days), custom handling time (2 to 7 business days) or the order handling capacity tool.',
  },
  {
    id: 'tiktok.buyer-cancel.us',
    sourceKind: 'official',
    source: US('3289374654859051'),
    sourceDate: 'v. 01/03/2024',
    covers: ['US'],
    says: "An order is on hold for 1 hour after payment; after that a buyer's cancellation request needs the seller's confirmation (auto-approval can be set); once shipped, uploading tracking declines the request.",
  },
  {
    id: 'tiktok.buyer-cancel.first-hour',
    sourceKind: 'third-party',
    source: 'https://tiksly.com/tiktok-shop-order-cancellation',
    says: 'In the first hour after payment the buyer cancels instantly, without the seller.',
  },
  {
    id: 'tiktok.auto-cancel.th',
    sourceKind: 'official',
    source: TH('6837799362201346'),
    sourceDate: 'v. 08/01/2025',
    covers: ['TH'],
    says: 'TikTok cancels an order by itself when a cancellation request is not handled within 24 h, or the order is not ready to ship within 2 working days or not collected within 3.',
  },
  {
    // Read for the README's limit on declining by tracking (2026-12-02): Vietnam's and Indonesia's
    // "Managing Cancellations" pages (v. 03/23/2026, v. 07/21/2025) say the same of requests.
    id: 'tiktok.buyer-cancel.sea',
    sourceKind: 'official',
    source: TH('6837799362217730'),
    sourceDate: 'v. 08/13/2025',
    covers: SEA,
    says: "Buyers may cancel depending on the order's status, at no cost to the seller unless they pick 'Late Shipment'; most orders are shipped by TikTok. None of the Thai, Vietnamese or Indonesian pages says a shipped order's request is declined by uploading tracking, as the US page does.",
  },
]);
