// TikTok Shop's rules around the cancellation rate (policies.md §6.2–6.4): other metrics, returns,
// customer service and chat, per region and versioned where the page shows it.
import { checkedRules } from './rule';

const US = (id: string) => `https://seller-us.tiktok.com/university/essay?knowledge_id=${id}`;
const TH = (id: string) => `https://seller-th.tiktok.com/university/essay?knowledge_id=${id}&lang=en`;
const SEA = ['TH', 'VN', 'ID'];

export const tiktokServiceRules = checkedRules('2026-12-01', [
  {
    id: 'tiktok.ldr',
    sourceKind: 'official',
    source: US('3668989549299511'),
    sourceDate: 'v. 03/02/2026',
    covers: ['US'],
    says: 'Late dispatch rate (no carrier scan within 2 business days): keep it at or under 4%; over 10% enforcement may apply.',
  },
  {
    id: 'tiktok.other-metrics',
    sourceKind: 'third-party',
    source: 'https://support.gelato.com/en/articles/9956249-tiktok-policies',
    says: 'Valid tracking rate at least 95%; seller-fault return and refund rate under 1%.',
  },
  {
    id: 'tiktok.ahr',
    sourceKind: 'third-party',
    source: 'http://tokhq.io/account-health',
    says: 'US Account Health Rating: 0–1000 from 200 over 180 days; listing privileges lost at 150, 100 and 50; 0 is permanent deactivation.',
  },
  {
    id: 'tiktok.returns.us',
    sourceKind: 'official',
    source: 'https://shop.tiktok.com/us/money-back-guarantee',
    covers: ['US'],
    says: 'Money-back guarantee: up to 90 days after "Delivered" for damaged or defective items.',
  },
  {
    id: 'tiktok.returns.us-answer',
    sourceKind: 'third-party',
    source:
      'https://www.echotik.live/blog/echotik-how-to-process-order-cancellation-and-refundreturn-clfbz40q9936601kqlc9cs8fwl/',
    says: 'US sellers have 48 h to answer a return or refund request (no official figure found).',
  },
  {
    id: 'tiktok.returns.sea',
    sourceKind: 'official',
    source: 'https://seller-vn.tiktok.com/university/essay?knowledge_id=2901402355762946&lang=en',
    covers: SEA,
    says: 'Handle a return or refund request within 1 working day (VN, TH) or 48 h (ID), or it is approved automatically.',
  },
  {
    id: 'tiktok.cs-policy.us',
    sourceKind: 'official',
    source: US('7454760317110062'),
    covers: ['US'],
    says: 'Give professional and timely customer service in TikTok Shop Chat; no abusive or threatening behaviour.',
  },
  {
    id: 'tiktok.reply.us',
    sourceKind: 'third-party',
    source: 'https://staging.polici.net/changes/customer-service-policy/cmpmfprkc006zql3a0h87366i',
    says: 'US: answer chat messages within 24 hours (weekend messages by Monday 12 PM with the chatbot on; "Hi" does not count).',
  },
  {
    id: 'tiktok.messaging.th',
    sourceKind: 'official',
    source: TH('8345780184729361'),
    sourceDate: 'v. 07/29/2025',
    covers: ['TH'],
    says: 'Keep communication on TikTok Shop; no links to other websites, no unsolicited marketing; reply within 12 hours.',
  },
]);
