// The events CSV opens in a spreadsheet with every name readable and no cell run as a formula.
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/messages/records';
import { csvCell, eventsToCsv } from '../../src/store/export-csv';

const event = (over: Partial<EventRecord>): EventRecord => ({
  id: 'amazon:111-0000001-0000001:cancellation',
  kind: 'cancellation',
  platform: 'amazon',
  marketplace: 'US',
  orderKey: 'amazon:111-0000001-0000001',
  orderId: '111-0000001-0000001',
  at: Date.UTC(2026, 10, 21, 12),
  sourceUrl: 'https://sellercentral.amazon.com/orders-v3',
  ...over,
});

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  it.each([
    ['=', '=HYPERLINK("http://evil","x")'],
    ['+', '+1'],
    ['-', '-1+2'],
    ['@', '@SUM(A1)'],
    ['full-width =', '＝1+1'],
    ['full-width +', '＋1'],
    ['full-width -', '－1'],
    ['full-width @', '＠SUM(A1)'],
    ['spaces before =', '   =1+1'],
    ['a tab before +', '\t+1'],
    ['an ideographic space before =', '\u3000=1'],
    ['a leading tab', '\tcmd'],
    ['a leading carriage return', '\rcmd'],
    ['a leading line feed', '\ncmd'],
  ])('defuses a cell starting with %s', (_, value) => {
    const cell = csvCell(value);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
    expect(unquoted).toBe(`'${value}`);
  });

  it('leaves text that only contains those characters later alone', () => {
    expect(csvCell('Mary-Jane')).toBe('Mary-Jane');
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell('me@example.com')).toBe('me@example.com');
  });
});

describe('events CSV', () => {
  it('starts with a UTF-8 byte-order mark, then the header; one row per event, oldest first', () => {
    const csv = eventsToCsv([
      event({ at: Date.UTC(2026, 10, 22), detail: 'cancelled by the seller', counted: true }),
      event({ id: 'x:seen', kind: 'order-seen', detail: 'unshipped', buyer: 'Zoë Šimek' }),
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'time,platform,marketplace,order,event,detail,counts_against_rate,page',
      '2026-11-21T12:00:00.000Z,amazon,US,111-0000001-0000001,order-seen,unshipped,,https://sellercentral.amazon.com/orders-v3',
      '2026-11-22T00:00:00.000Z,amazon,US,111-0000001-0000001,cancellation,cancelled by the seller,yes,https://sellercentral.amazon.com/orders-v3',
    ]);
    // The mark makes the file UTF-8 to a spreadsheet: it is the three bytes EF BB BF once encoded.
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('says "no" for a cancellation that does not count', () => {
    const row = eventsToCsv([event({ counted: false })])
      .trimEnd()
      .split('\r\n')[1]!;
    expect(row.split(',')[6]).toBe('no');
  });
});
