// Dates, amounts and single values as Seller Hub prints them: the whole text, or nothing.
import { describe, expect, it } from 'vitest';
import { ebayDate, ebayDateAfter, ebayDateNear, ebayDayMonth } from '../../../src/sites/ebay/ebay-dates';
import { ebayMoney } from '../../../src/sites/ebay/ebay-money';
import { AMBIGUOUS, soleValue } from '../../../src/sites/ebay/sole-value';
import { parse } from '../../helpers/fixtures';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('eBay dates', () => {
  it.each([
    ['Nov 18, 2026', 'US'],
    ['Wed, Nov 18, 2026', 'US'],
    ['Nov 18, 2026 10:32 AM PST', 'US'],
    ['18 Nov 2026', 'UK'],
    ['18 Nov 2026', 'AU'],
    ['18. Nov. 2026', 'DE'],
    ['18 nov. 2026', 'FR'],
    ['18 nov 2026', 'IT'],
    ['18 nov 2026', 'ES'],
    ['11/18/2026', 'US'],
    ['18.11.2026', 'DE'],
  ])('"%s" on %s is Nov 18, 2026', (text, site) => expect(ebayDate(text, site)).toBe(utc(2026, 11, 18)));

  it('plain-letter and other-letter forms read alike (the plain ones are tried first)', () => {
    const nov18 = utc(2026, 11, 18);
    for (const [text, site] of [
      ['NOV. 18, 2026', 'US'],
      ['18 DE nov DE 2026', 'ES'],
      ['18 de noviembre de 2026', 'ES'],
      ['18 Nov 2026 10:32', 'UK'],
      ['Wed, 18 Nov 2026', 'UK'],
      ['18/11/2026', 'UK'],
      ['Thu, 11/18/2026', 'US'],
    ])
      expect(ebayDate(text!, site!), text).toBe(nov18);
    for (const text of ['Foo 18, 2026', '18 Foo 2026', '31 Nov 2026', '18 Nov', 'Nov 18 2026x'])
      expect(ebayDate(text, 'UK'), text).toBeUndefined();
    // A month written with a combining accent ("févr." as e + ´) is the same month.
    expect(ebayDate('18 fe\u0301vr. 2026', 'FR')).toBe(utc(2026, 2, 18));
    expect(ebayDayMonth('NOV. 21')).toEqual({ month: 10, day: 21 });
    expect(ebayDayMonth('21 déc.')).toEqual({ month: 11, day: 21 });
  });

  it('a date inside a sentence, or a date and a neighbour, is no date', () => {
    for (const text of ['Sold on Nov 18, 2026', 'Nov 18, 2026 Rank 2 of 5', '30 days ago', 'Nov 18', '–'])
      expect(ebayDate(text, 'US'), text).toBeUndefined();
  });

  it('a day without its year: after the sale, or nearest today', () => {
    expect(ebayDayMonth('Nov 21')).toEqual({ month: 10, day: 21 });
    expect(ebayDayMonth('21. Nov.')).toEqual({ month: 10, day: 21 });
    expect(ebayDateAfter('Jan 3', 'US', utc(2026, 12, 30))).toBe(utc(2027, 1, 3));
    expect(ebayDateAfter('Dec 31', 'US', utc(2026, 12, 30))).toBe(utc(2026, 12, 31));
    expect(ebayDateAfter('Nov 21', 'US', undefined)).toBeUndefined();
    expect(ebayDateNear('Aug 20', 'US', utc(2026, 8, 3))).toBe(utc(2026, 8, 20));
    expect(ebayDateNear('Jan 20', 'US', utc(2026, 12, 28))).toBe(utc(2027, 1, 20));
    expect(ebayDateNear('Feb 30', 'US', utc(2026, 2, 1))).toBeUndefined();
  });
});

describe('eBay amounts', () => {
  it.each([
    ['$98.50', 'USD', { amount: 98.5, currency: 'USD' }],
    ['US $98.50', 'GBP', { amount: 98.5, currency: 'USD' }],
    ['£1,234.50', 'GBP', { amount: 1234.5, currency: 'GBP' }],
    ['EUR 98,50', 'EUR', { amount: 98.5, currency: 'EUR' }],
    ['98,50 €', 'EUR', { amount: 98.5, currency: 'EUR' }],
    ['1.234,56 EUR', 'EUR', { amount: 1234.56, currency: 'EUR' }],
    ['AU $12.00', 'AUD', { amount: 12, currency: 'AUD' }],
    ['$12.00', 'AUD', { amount: 12, currency: 'AUD' }],
    ['C $7.25', 'CAD', { amount: 7.25, currency: 'CAD' }],
  ])('"%s" on a %s site', (text, site, money) => expect(ebayMoney(text, site)).toEqual(money));

  it('a bare dollar off a dollar site, no mark at all, or more than an amount: none', () => {
    for (const [text, site] of [
      ['$9.99', 'GBP'],
      ['98.50', 'USD'],
      ['$98.50 Target', 'USD'],
      ['2.5%', 'USD'],
    ])
      expect(ebayMoney(text!, site!), text).toBeUndefined();
  });
});

describe('the one value a part of the page shows', () => {
  const cell = (html: string) => parse(`<table><tr><td>${html}</td></tr></table>`).querySelector('td');
  const count = (t: string) => (/^\d+$/.test(t) ? Number(t) : undefined);

  it('the smallest element whose whole text is the value; neighbours and hidden copies are not it', () => {
    expect(soleValue(cell('<span>2</span> <span>Rank 2 of 5</span>'), count)).toBe(2);
    expect(soleValue(cell('<span class="sr-only">9</span><span>2</span>'), count)).toBe(2);
    expect(soleValue(cell('<div><span>2</span></div><span>2</span>'), count)).toBe(2);
    expect(soleValue(cell('<span>2</span><span>2</span>'), count)).toBe(2);
  });

  it('two different values are no value', () => {
    expect(soleValue(cell('<span>2</span><span>3</span>'), count)).toBe(AMBIGUOUS);
    expect(soleValue(cell('<span>two</span>'), count)).toBeUndefined();
    expect(soleValue(null, count)).toBeUndefined();
  });
});
