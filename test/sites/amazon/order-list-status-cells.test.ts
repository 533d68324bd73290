// The list finds its rows' status cells with one query for the table and pairs them with the rows by
// their order: a row that lost its status cell, or that carries two, must not hand its neighbour the
// wrong status. Each row reads the status its own first status cell shows, as a query per row did.
// (The same cases run in Chromium: test/e2e/reader-selectors.spec.ts.)
import { describe, expect, it } from 'vitest';
import { readAmazonOrderRows } from '../../../src/sites/amazon/read-order-list';
import { STATUS_CELL_CASES } from '../../fixtures/amazon/status-cell-cases';
import { ok, parse } from '../../helpers/fixtures';

const US = new URL('https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1');

const statuses = (doc: Document) => ok(readAmazonOrderRows(doc, US)).orders.map((o) => o.status);

describe('Amazon Manage Orders: each row its own status cell', () => {
  it.each(STATUS_CELL_CASES)('$name', ({ html, statuses: expected }) => {
    expect(statuses(parse(html()))).toEqual(expected);
  });
});
