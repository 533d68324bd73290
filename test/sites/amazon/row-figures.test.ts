// A row's figures are taken from a clean cell's one match as the page has it, tested or looked up
// before tidying (row-figures.ts): for every text a cell may hold, that must read exactly what
// weighing the cell's matches one by one reads.
import { describe, expect, it } from 'vitest';
import { buyerIn, orderIdIn, statusIn } from '../../../src/sites/amazon/row-figures';
import { statusFromText } from '../../../src/sites/amazon/labels';
import { LIST } from '../../../src/sites/amazon/selectors';
import { isCleanRegion, onlyMatchText, shownTextIn } from '../../../src/sites/visible-text';
import { parse } from '../../helpers/fixtures';

/** A `<td>` of `inner`, as a list row holds it. */
function cell(inner: string): Element {
  return parse(`<table><tbody><tr><td>${inner}</td></tr></tbody></table>`).querySelector('td')!;
}

const ID_TEXTS = [
  '123-4567890-1234567',
  '  123-4567890-1234567\n',
  '\u00a0123-4567890-1234567\u00a0',
  '\t123-4567890-1234567 \u2003',
  '123-4567890-1234567 (2)',
  'Order 123-4567890-1234567',
  '123-4567890-12345678',
  '123 4567890 1234567',
  '',
  '   ',
  `${' '.repeat(60)}123-4567890-1234567`,
];
const NAME_TEXTS = ['Jane Doe', '  Jane\n   Doe  ', 'Jane\u00a0Doe', '', ' ', `Jane ${'x'.repeat(300)}`];
const STATUS_TEXTS = [
  'Unshipped',
  '  Nicht\n    versandt ',
  'Canceled by buyer',
  '\u00a0Shipped',
  '未出荷',
  '',
  '   ',
  `${' '.repeat(499)}Shipped`,
  'Pending\n\nPayment',
];

describe('Amazon list row figures: a clean cell read as the page has it', () => {
  it.each(ID_TEXTS)('order id %j reads as when weighed', (text) => {
    const c = cell(`<div class="cell-body-title"><a href="/orders-v3/order/x">${text}</a></div>`);
    expect(isCleanRegion(c)).toBe(true);
    expect(orderIdIn(c, true)).toBe(orderIdIn(c, false));
  });

  it('reads the id itself, and no id from a text that only holds one', () => {
    expect(orderIdIn(cell('<div class="cell-body-title"><a> 123-4567890-1234567\n</a></div>'), true)).toBe(
      '123-4567890-1234567',
    );
    expect(orderIdIn(cell('<div class="cell-body-title"><a>#123-4567890-1234567</a></div>'), true)).toBeUndefined();
  });

  it.each(NAME_TEXTS)('buyer %j reads as when weighed', (text) => {
    const c = cell(`<div><a data-test-id="buyer-name-with-link">${text}</a></div>`);
    expect(buyerIn(c, true)).toBe(buyerIn(c, false));
  });

  it.each(STATUS_TEXTS)('status %j reads as when weighed', (text) => {
    const c = cell(`<div class="order-status-column"><div class="main-status">${text}</div></div>`);
    expect(isCleanRegion(c)).toBe(true);
    // Weighed: every match checked for being shown, then tidied.
    expect(statusIn(c)).toBe(statusFromText(shownTextIn(c, LIST.mainStatus, 500, false) ?? ''));
  });

  it('a status split over lines is the status it says, and a row without a status cell has none', () => {
    expect(statusIn(cell('<div class="main-status">\n  Nicht\n  versandt\n</div>'))).toBe('unshipped');
    expect(statusIn(undefined)).toBe('unknown');
  });

  it('two visible copies that differ are weighed, not taken first come', () => {
    const c = cell(
      '<div class="cell-body-title"><a>123-4567890-1234567</a><a>111-1111111-1111111</a></div><div class="main-status">Shipped</div><div class="main-status">Unshipped</div>',
    );
    expect(orderIdIn(c, true)).toBeUndefined();
    expect(statusIn(c)).toBe('unknown');
    const same = cell('<div class="cell-body-title"><a>123-4567890-1234567</a><a> 123-4567890-1234567</a></div>');
    expect(orderIdIn(same, true)).toBe('123-4567890-1234567');
  });
});

describe('onlyMatchText', () => {
  it('is the one match’s text as it stands, and nothing when none or several match', () => {
    const c = cell('<b> one \n</b><i>x</i><i>y</i>');
    expect(onlyMatchText(c, 'b')).toBe(' one \n');
    expect(onlyMatchText(c, 'i')).toBeUndefined();
    expect(onlyMatchText(c, 'u')).toBeUndefined();
  });
});
