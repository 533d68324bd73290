// The list finds its rows' status cells with one query for the table and pairs them with the rows by
// their order: a row that lost its status cell, or that carries two, must not hand its neighbour the
// wrong status. Each row reads the status its own first status cell shows, as a query per row did.
import { describe, expect, it } from 'vitest';
import { readAmazonOrderRows } from '../../../src/sites/amazon/read-order-list';
import { ok, parse } from '../../helpers/fixtures';
import {
  editedOrderListHtml,
  LABELS,
  manyRows,
  ORDER_CELL,
  rowHtml,
  STATUS_CELL,
  type Row,
} from '../../fixtures/amazon/order-list-builder';

const US = new URL('https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1');

/** Four rows: unshipped, cancelled, shipped, unshipped. */
const rows = (): Row[] =>
  manyRows(4).map((r, i) => ({ ...r, status: ['Unshipped', 'Canceled', 'Shipped', 'Unshipped'][i]! }));

/** The list with the rows `edits` names (by index) edited. */
const listWith = (edits: Record<number, (html: string) => string>) => parse(editedOrderListHtml(rows(), edits));

const statuses = (doc: Document) => ok(readAmazonOrderRows(doc, US)).orders.map((o) => o.status);
const statusCell = (i: number) => STATUS_CELL.exec(rowHtml(rows()[i]!, LABELS.en))![0];
const orderCell = (i: number) => ORDER_CELL.exec(rowHtml(rows()[i]!, LABELS.en))![0];

describe('Amazon Manage Orders: each row its own status cell', () => {
  it('the ordinary list: each row its status', () => {
    expect(statuses(listWith({}))).toEqual(['unshipped', 'cancelled', 'shipped', 'unshipped']);
  });

  it('a row without a status cell before a row with two: neither takes the other status', () => {
    const doc = listWith({
      0: (html) => html.replace(STATUS_CELL, ''),
      1: (html) => html.replace(STATUS_CELL, `$&${statusCell(2)}`),
    });
    expect(statuses(doc)).toEqual(['unknown', 'cancelled', 'shipped', 'unshipped']);
  });

  it('a row with two status cells before a row without one: the first is the row’s, the next row has none', () => {
    const doc = listWith({
      1: (html) => html.replace(STATUS_CELL, `$&${statusCell(2)}`),
      2: (html) => html.replace(STATUS_CELL, ''),
    });
    expect(statuses(doc)).toEqual(['unshipped', 'cancelled', 'unknown', 'unshipped']);
  });

  it('a row with two order cells reads its first status cell twice, as its own', () => {
    const doc = listWith({ 1: (html) => html.replace(ORDER_CELL, '$&$&').replace(STATUS_CELL, `$&${statusCell(2)}`) });
    expect(statuses(doc)).toEqual(['unshipped', 'cancelled', 'cancelled', 'shipped', 'unshipped']);
  });

  it('a row whose second order cell comes after a table nested in it still reads its first status cell', () => {
    // The nested table's row falls between the outer row's cells in the list's order: the outer row
    // comes back after another row, and its second status cell is not its own first.
    const nested = `<td><table><tbody><tr>${orderCell(2)}${statusCell(2)}</tr></tbody></table></td>`;
    const doc = listWith({ 1: (html) => html.replace(STATUS_CELL, `$&${nested}${orderCell(3)}${statusCell(2)}`) });
    expect(statuses(doc)).toEqual(['unshipped', 'cancelled', 'shipped', 'cancelled', 'shipped', 'unshipped']);
  });
});
