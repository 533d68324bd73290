// eBay's reader fixtures for the mutation suite: every fixture a reader reads at once (late pages,
// the bot check and the 500-row bench page are proven elsewhere), with the labels the case operator
// may change: the column headings, the order-info and Cancel Details labels, the seller-level labels.
// The suite reads at today's date, so the seller level's next evaluation is moved to the next 20th
// (a past "Aug 20" is rightly not read, and the date would go unproven).
import { EBAY_FIXTURES, type EbayFixture } from '../fixtures/ebay';
import { DETAIL_LABELS } from '../fixtures/ebay/order-detail-builder';
import { LIST_LABELS } from '../fixtures/ebay/order-list-labels';
import { NEXT } from '../fixtures/ebay/performance-cases';
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

/** The page with its next evaluation on the next 20th from today, written as the site writes it. */
function evaluatedNext(f: EbayFixture): () => string {
  if (f.page !== 'performance') return f.html;
  const now = new Date();
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + (now.getUTCDate() < 20 ? 0 : 1), 20);
  const shown = new Intl.DateTimeFormat(f.lang, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(next);
  return () =>
    Object.values(NEXT).reduce((html, aug) => html.replace(`<span>${aug}</span>`, `<span>${shown}</span>`), f.html());
}

/** The US list with its second and last orders ticked for a bulk action (their boxes checked as served). */
function tickedList(): ReaderFixture {
  const f = EBAY_FIXTURES.find((x) => x.name === 'order-list-en')!;
  const ids = [...f.html().matchAll(/data-ordernumber="([^"]+)"/g)].map((m) => m[1]!);
  const ticked = [ids[1]!, ids.at(-1)!];
  return {
    fixture: 'ebay-order-list-ticked',
    url: f.url,
    html: () => ticked.reduce((html, id) => html.replace(`data-ordernumber="${id}"`, `$& checked`), f.html()),
    labels: labelsOf(f),
    ticked: ticked.length,
  };
}

export const EBAY_READER_FIXTURES: ReaderFixture[] = [
  ...EBAY_FIXTURES.filter(readAtOnce).map((f) => ({
    fixture: `ebay-${f.name}`,
    url: f.url,
    html: evaluatedNext(f),
    labels: labelsOf(f),
  })),
  tickedList(),
];
