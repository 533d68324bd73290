// A row's cell that holds a figure twice: two that disagree are no figure, two that agree are one,
// even where nothing in the cell can hide (the reader's cheapest path). Cells inside other cells keep
// the outer cell's figures ambiguous. Any cheaper way of reading these cells must read these the same.
import { describe, expect, it } from 'vitest';
import { readAmazonOrderRows } from '../../../src/sites/amazon/read-order-list';
import { ok, parse } from '../../helpers/fixtures';
import { editedOrderListHtml, LABELS, manyRows, rowHtml, STATUS_CELL } from '../../fixtures/amazon/order-list-builder';

const US = new URL('https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1');
const rows = manyRows(3);
const ID_LINK = /<a href="\/orders-v3\/order\/[^"]+">[^<]+<\/a>/;
const BUYER_LINK = /<a data-test-id="buyer-name-with-link"[^>]*>[^<]*<\/a>/;
const STATUS = /<div class="main-status [^"]*">[^<]*<\/div>/;
/** The end of the order cell's body. */
const ORDER_CELL_END = /(<td data-test-id="oth-order-details">.*?)(<\/div><\/td>)/s;
/** A row with `html` put at the end of its order cell's body (a function: prices hold `$`). */
const insideOrderCell = (row: string, html: string) =>
  row.replace(ORDER_CELL_END, (_, body: string, end: string) => `${body}${html}${end}`);

/** The list with the second row's markup passed through `edit`. */
const listWith = (edit: (html: string) => string) => parse(editedOrderListHtml(rows, { 1: edit }));
const read = (doc: Document) => readAmazonOrderRows(doc, US);
const second = (doc: Document) => ok(read(doc)).orders[1]!;

describe('Amazon Manage Orders: a figure held twice in a cell', () => {
  it('the ordinary list: each row its id, buyer and status', () => {
    const orders = ok(read(listWith((h) => h))).orders;
    expect(orders.map((o) => [o.id, o.buyerName, o.status])).toEqual(
      rows.map((r) => [r.id, r.buyer, r.status === 'Canceled' ? 'cancelled' : 'unshipped']),
    );
  });

  it('a second id link with another id: the row has no id, and the list is refused', () => {
    const other = `<div class="cell-body-title"><a href="/orders-v3/order/111-9999999-9999999">111-9999999-9999999</a></div>`;
    const reading = read(listWith((h) => insideOrderCell(h, other)));
    expect(reading).toMatchObject({ ok: false, code: 'rows-unreadable' });
  });

  it('the same id link twice: one id', () => {
    const doc = listWith((h) => h.replace(ID_LINK, '$&$&'));
    expect(second(doc).id).toBe(rows[1]!.id);
  });

  it('an empty buyer link before the buyer’s: the buyer’s name', () => {
    const doc = listWith((h) => h.replace(BUYER_LINK, '<a data-test-id="buyer-name-with-link"></a>$&'));
    expect(second(doc).buyerName).toBe(rows[1]!.buyer);
  });

  it('two buyer links with different names: no buyer', () => {
    const doc = listWith((h) => h.replace(BUYER_LINK, '$&<a data-test-id="buyer-name-with-link">Someone Else</a>'));
    expect(second(doc).buyerName).toBeUndefined();
    expect(second(doc).id).toBe(rows[1]!.id);
  });

  it('two statuses that disagree: unknown', () => {
    const doc = listWith((h) => h.replace(STATUS, '$&<div class="main-status">Shipped</div>'));
    expect(second(doc).status).toBe('unknown');
  });

  it('two statuses that agree: that status', () => {
    const doc = listWith((h) => h.replace(STATUS, '$&$&'));
    expect(second(doc).status).toBe('unshipped');
  });

  // The list inside an element with the title class is refused the same way in Chromium
  // (test/e2e/in-page-guard.spec.ts): happy-dom's element queries do not see classes above the element.
  it('an order cell with the title class itself: every link in it is one, and they disagree', () => {
    const doc = listWith((h) =>
      h.replace(
        '<td data-test-id="oth-order-details">',
        '<td data-test-id="oth-order-details" class="cell-body-title">',
      ),
    );
    expect(read(doc)).toMatchObject({ ok: false, code: 'rows-unreadable' });
  });

  it('an order cell holding a whole order row in a nested table: the outer cell’s two id links disagree', () => {
    const inner = rowHtml(manyRows(5)[4]!, LABELS.en).replace(/<td><input[^>]*><\/td>/, '');
    const doc = listWith((h) => insideOrderCell(h, `<table><tbody>${inner}</tbody></table>`));
    expect(read(doc)).toMatchObject({ ok: false, code: 'rows-unreadable' });
  });

  it('an order cell holding a whole row after its own status cell: the rows stay paired, and the outer cell is still refused', () => {
    // The status cell first, then the order cell with the nested row: every order cell is paired with
    // its own row's status cell, and a count over the list sees each id link once though two cells
    // hold the nested one (a reading proved by such a count must check for cells inside cells).
    const inner = rowHtml(manyRows(5)[4]!, LABELS.en).replace(/<td><input[^>]*><\/td>/, '');
    const status = STATUS_CELL.exec(rowHtml(rows[1]!, LABELS.en))![0];
    const doc = listWith((h) => {
      const statusFirst = h
        .replace(STATUS_CELL, '')
        .replace('<td data-test-id="oth-order-details">', (cell) => status + cell);
      return insideOrderCell(statusFirst, `<table><tbody>${inner}</tbody></table>`);
    });
    expect(read(doc)).toMatchObject({ ok: false, code: 'rows-unreadable' });
  });

  it('a status cell holding a whole row: the rows stay paired, and the outer cell’s two statuses still disagree', () => {
    const inner = rowHtml({ ...manyRows(5)[4]!, status: 'Shipped' }, LABELS.en).replace(/<td><input[^>]*><\/td>/, '');
    const doc = listWith((h) => h.replace(STATUS, (status) => `${status}<table><tbody>${inner}</tbody></table>`));
    expect(ok(read(doc)).orders.map((o) => o.status)).toEqual(['unshipped', 'unknown', 'shipped', 'unshipped']);
  });

  it('a status cell holding another status cell: the outer cell’s two statuses disagree', () => {
    const inner = `<table><tbody><tr><td data-test-id="oth-order-status"><div class="main-status">Shipped</div></td></tr></tbody></table>`;
    const doc = listWith((h) => h.replace(STATUS, `$&${inner}`));
    const orders = ok(read(doc)).orders;
    expect(orders[1]!.status).toBe('unknown');
  });
});
