// eBay's reader fixtures for the mutation suite: every fixture a reader reads at once (late pages,
// the bot check and the 500-row bench page are proven elsewhere), with the labels the case operator
// may change: the column headings, the order-info and Cancel Details labels, the seller-level labels.
import { EBAY_FIXTURES, type EbayFixture } from '../fixtures/ebay';
import { DETAIL_LABELS } from '../fixtures/ebay/order-detail-builder';
import { LIST_LABELS } from '../fixtures/ebay/order-list-labels';
import { PERFORMANCE_LABELS } from '../fixtures/ebay/performance-labels';
import type { ReaderFixture } from './reader-fixtures';

const CANCEL_LABELS = ['Item ID:', 'Order number', 'Buyer', 'Reason', 'Total refund', 'Respond by'];

function labelsOf(f: EbayFixture): readonly string[] {
  const lang = f.lang.slice(0, 2);
  if (f.page === 'order-list')
    return (LIST_LABELS[f.lang === 'en-GB' ? 'en-GB' : (lang as 'en')] ?? LIST_LABELS.en).columns;
  if (f.page === 'order-detail') return (DETAIL_LABELS[lang as 'en'] ?? DETAIL_LABELS.en).info;
  if (f.page === 'performance') {
    const l = PERFORMANCE_LABELS[f.lang === 'en-GB' ? 'en-GB' : (lang as 'en')] ?? PERFORMANCE_LABELS.en;
    return [l.current, l.projected, l.defects, l.late, l.tracking, l.cases, l.next];
  }
  return f.page.startsWith('cancel') ? CANCEL_LABELS : [];
}

const readAtOnce = (f: EbayFixture) =>
  !f.late && f.expected.kind !== 'refuse' && f.page !== 'message-frame' && !f.name.endsWith('-500');

export const EBAY_READER_FIXTURES: ReaderFixture[] = EBAY_FIXTURES.filter(readAtOnce).map((f) => ({
  fixture: `ebay-${f.name}`,
  url: f.url,
  html: f.html,
  labels: labelsOf(f),
}));
