import { describe, expect, it } from 'vitest';
import { readLabelledValues } from '../../../src/sites/ebay/labelled-value';
import { parse } from '../../helpers/fixtures';

const ID = (t: string) => (/^[\w.-]+$/.test(t) ? t : undefined);
const specs = [
  { key: 'buyer', labels: ['Buyer', 'Käufer'], parse: ID },
  { key: 'order', labels: ['Order number'], parse: ID },
  { key: 'due', labels: ['Respond by'], parse: (t: string) => (/^\w{3} \d{1,2}$/.test(t) ? t : undefined), bare: true },
] as const;
const read = (html: string) => readLabelledValues(parse(`<main>${html}</main>`).querySelector('main')!, specs);

describe('values by their labels', () => {
  it('label and value as pairs, as "Label: value" and as a bare "Respond by Nov 21"', () => {
    const r = read(
      '<dl><div><dt>Buyer</dt><dd>JaneDoe_42</dd></div><div><dt>Order number</dt><dd>12-15259-90368</dd></div></dl><p>Respond by Nov 21</p>',
    );
    expect(r).toEqual({
      buyer: { kind: 'value', value: 'JaneDoe_42' },
      order: { kind: 'value', value: '12-15259-90368' },
      due: { kind: 'value', value: 'Nov 21' },
    });
    expect(read('<p>Order number: 12-15259-90368</p>').order).toEqual({ kind: 'value', value: '12-15259-90368' });
  });

  it('a label only at the start of its line, alone or before a colon: "fixture-buyer" and "Buyer asked to cancel" are values', () => {
    const r = read('<div><p>Buyer</p><p>fixture-buyer</p></div><div><p>Reason</p><p>Buyer asked to cancel</p></div>');
    expect(r.buyer).toEqual({ kind: 'value', value: 'fixture-buyer' });
    expect(read('<p>Buyers: 4</p>').buyer).toEqual({ kind: 'absent' });
  });

  it('a value of another label is never taken, and labels keep their case-insensitive meaning', () => {
    const r = read('<div><div><p>BUYER</p></div><div><p>ORDER NUMBER</p><p>12-15259-90368</p></div></div>');
    expect(r.buyer).toEqual({ kind: 'missing' });
    expect(r.order).toEqual({ kind: 'value', value: '12-15259-90368' });
  });

  it('two values for one label, or one label repeated with different values, are ambiguous', () => {
    expect(read('<div><p>Buyer</p><p>ann</p><p>bob</p></div>').buyer.kind).toBe('ambiguous');
    expect(read('<div><p>Buyer</p><p>ann</p></div><hr><div><p>Buyer</p><p>bob</p></div>').buyer.kind).toBe('ambiguous');
    expect(read('<div><p>Buyer</p><p>ann</p></div><hr><div><p>Buyer</p><p>ann</p></div>').buyer).toEqual({
      kind: 'value',
      value: 'ann',
    });
  });

  it('hidden copies and tooltips are not the page', () => {
    const r = read(
      '<div><p>Buyer</p><p><span class="sr-only">mallory</span>ann</p><div role="tooltip">eve</div></div>',
    );
    expect(r.buyer).toEqual({ kind: 'value', value: 'ann' });
  });
});
