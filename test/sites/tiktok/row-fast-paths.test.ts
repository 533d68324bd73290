// The shortcuts that keep a 500-order list cheap to read say exactly what the long way says: one
// code and one word agree as the sets do, plain totals read as parseAmount reads them, a row asks
// only of itself whether it is usable, and a one-span cell is plain only when NOT_PLAIN finds nothing.
import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '../../../src/core/types';
import { readRows } from '../../../src/sites/tiktok/list-rows';
import { amountLine } from '../../../src/sites/tiktok/money-text';
import { walkOf } from '../../../src/sites/tiktok/row-walk';
import { statusFrom } from '../../../src/sites/tiktok/status-codes';
import { parseAmount } from '../../../src/sites/parse-number';
import { parse } from '../../helpers/fixtures';

const STATUSES: Exclude<OrderStatus, 'unknown'>[] = ['unpaid', 'unshipped', 'shipped', 'delivered', 'cancelled'];

describe('TikTok list rows, read the short way', () => {
  it('a row of one code and one word gets the status the sets give', () => {
    for (const code of [99, 100, 101, 102, 103, 104, 105])
      for (const word of STATUSES)
        // Two copies of the code take the long way; the answer must not differ.
        expect(statusFrom({ mainCodes: [code], displayCodes: [], shown: [word] })).toBe(
          statusFrom({ mainCodes: [code, code], displayCodes: [], shown: [word] }),
        );
  });

  it.each(['$9.99', '$1234.5', '$12', 'US$ 40.00', '$1,234.56', '$1.234,56', '$ 1 234.56'])(
    '%s reads as parseAmount reads its digits',
    (line) => expect(amountLine(line, 'USD')).toBe(parseAmount(line.replace(/^US\$|^\$/, ''))),
  );

  it('a row is usable only when no ancestor hides it or is a name, title or link', () => {
    const doc = parse(
      `<table><tbody><tr id="a"><td>x</td></tr></tbody></table>
       <div hidden><table><tbody><tr id="b"><td>x</td></tr></tbody></table></div>
       <div class="line-clamp-2"><table><tbody><tr id="c"><td>x</td></tr></tbody></table></div>
       <table><tbody><tr id="d" role="presentation" style="display: none"><td>x</td></tr></tbody></table>
       <table><tbody><tr id="e" role="row" data-log_order_status="101"><td>x</td></tr></tbody></table>`,
    );
    const w = walkOf(doc, 'USD');
    const usable = (id: string) => w.usable(doc.getElementById(id)!);
    // Asked twice: the kept answers of the ancestors change nothing.
    for (let pass = 0; pass < 2; pass++)
      expect(['a', 'b', 'c', 'd', 'e'].map(usable)).toEqual([true, false, false, false, true]);
  });

  const row = (status: string, total: string) =>
    parse(
      `<table><tbody><tr data-log_order_id="576461413038000013" data-log_order_status="101"><td>576461413038000013</td>` +
        `<td>${status}</td><td>${total}</td></tr></tbody></table>`,
    );
  const facts = (doc: Document) => {
    const r = readRows(doc, 'USD');
    return r.ok ? r.rows.map((o) => o.facts) : r.code;
  };

  it('a one-span status or total is read; hidden, a link, a name or a block inside is walked line by line', () => {
    expect(facts(row('<span class="status">To ship</span>', '<span class="t">$9.99</span>'))).toEqual([
      { id: '576461413038000013', mainCode: 101, shown: ['unshipped'], total: 9.99 },
    ]);
    for (const [status, total] of [
      ['<span class="sr-only">To ship</span>', '<span class="tooltip">$9.99</span>'],
      ['<a href="#">To ship</a>', '<span class="line-clamp-2">$9.99</span>'],
      ['<span style="display:none">To ship</span>', '<span hidden>$9.99</span>'],
    ])
      expect(facts(row(status!, total!))).toEqual([{ id: '576461413038000013', mainCode: 101, shown: [] }]);
    // A status split over two lines is no status; each line of a block is read as a line.
    expect(facts(row('<span>To <div>ship</div></span>', '<span><div>$9.99</div></span>'))).toEqual([
      { id: '576461413038000013', mainCode: 101, shown: [], total: 9.99 },
    ]);
  });
});
