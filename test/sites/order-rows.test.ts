import { DOMParser as LinkeDOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { firstPerOrderId } from '../../src/sites/order-rows';
import { PageJsonLog } from '../../src/sites/page-json';
import { safeRead } from '../../src/sites/page-type';
import { pageTypeFor } from '../../src/sites/registry';
import { READER_FIXTURES } from '../mutation/reader-fixtures';

describe('firstPerOrderId: where each flagged order’s mark goes, in one pass', () => {
  const el = (name: string) => ({ name }) as unknown as Element;
  const rows = { a1: el('a1'), a2: el('a2'), b: el('b') };
  const candidates = [
    { id: 'A', row: rows.a1 },
    { id: 'B', row: rows.b },
    { id: 'A', row: rows.a2 },
  ];

  it('maps each wanted id to the first candidate showing it, and nothing else', () => {
    const found = firstPerOrderId(
      candidates,
      new Set(['A', 'B', 'C']),
      (c) => c.id,
      (c) => c.row,
    );
    expect([...found]).toEqual([
      ['A', rows.a1],
      ['B', rows.b],
    ]);
  });

  it('the first candidate decides: where it has no place for the mark, a later copy does not get it', () => {
    const found = firstPerOrderId(
      candidates,
      new Set(['A']),
      (c) => c.id,
      (c) => (c.row === rows.a1 ? null : c.row),
    );
    expect(found.size).toBe(0);
  });

  it('stops once every wanted id is decided, and skips candidates that show no id', () => {
    const asked: string[] = [];
    const found = firstPerOrderId(
      [{ id: undefined, row: rows.b }, ...candidates],
      new Set(['A']),
      (c) => {
        asked.push(String(c.id));
        return c.id;
      },
      (c) => c.row,
    );
    expect(found.get('A')).toBe(rows.a1);
    expect(asked).toEqual(['undefined', 'A']);
  });
});

/** Every list fixture of every platform whose page places marks, read as the guard reads it. */
const LISTS = READER_FIXTURES.filter((entry) => pageTypeFor(new URL(entry.url))?.orderRows);

describe.each(LISTS.map((entry) => [entry.fixture, entry] as const))('%s: each order’s mark', (_, entry) => {
  const url = new URL(entry.url);
  const type = pageTypeFor(url)!;
  const doc = new LinkeDOMParser().parseFromString(entry.html(), 'text/html') as unknown as Document;
  const json = new PageJsonLog();
  for (const answer of [entry.json ?? []].flat()) json.add(`${url.origin}${answer.path}\n${answer.body}`, url.origin);
  const reading = safeRead(type, doc, url, json);
  const ids = reading.ok ? reading.orders.map((order) => order.id) : [];

  it('goes beside the row that shows that order, every order found in one go', () => {
    const rows = type.orderRows!(doc, new Set([...ids, '0000000000000']));
    expect([...rows.keys()].sort()).toEqual([...new Set(ids)].sort());
    for (const [id, row] of rows) expect(row.textContent).toContain(id);
  });

  it('is the same whether asked alone or with every other order', () => {
    const all = type.orderRows!(doc, new Set(ids));
    for (const id of ids.slice(0, 20)) expect(type.orderRows!(doc, new Set([id])).get(id)).toBe(all.get(id));
  });
});
