// The banner's numbers written without Intl must be exactly what Intl writes, in every language we
// speak: every hundredth below 1000, the halfway cases Intl rounds from the shortest decimal, and the
// rates the guard works out (counts over totals).
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/locales';
import { plainNumber, plainPercent, plainPlural } from '../../src/i18n/plain-numbers';

const hundredths = Array.from({ length: 100_000 }, (_, i) => i / 100);
const halves = [0.005, 0.015, 1.005, 1.015, 1.025, 2.675, 8.345, 99.995, 999.995, 0.125, 10.0049999];
const rates = Array.from({ length: 40 }, (_, counted) =>
  [7, 30, 156, 311, 999].map((total) => (counted / total) * 100),
).flat();
const odd = [1e-7, 0.000001, 123.456789, 3.3333333333333335, 66.66666666666667, 1000, 1234.5, -1, NaN, Infinity];

describe.each(LOCALES.map((l) => [l]))('%s', (locale) => {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
  const plurals = new Intl.PluralRules(locale);

  it('numbers: the same as Intl, or left to Intl', () => {
    const differing = [...hundredths, ...halves, ...rates, ...odd].filter((n) => {
      const plain = plainNumber(n, locale);
      return plain !== undefined && plain !== numbers.format(n);
    });
    expect(differing).toEqual([]);
    expect(plainNumber(1.92, locale)).toBeDefined();
    expect(plainNumber(1234.5, locale)).toBeUndefined();
    expect(plainNumber(-1, locale)).toBeUndefined();
  });

  it('percents: the same as Intl, or left to Intl', () => {
    const differing = [...hundredths, ...halves, ...rates, ...odd].filter((n) => {
      const plain = plainPercent(n, locale);
      return plain !== undefined && plain !== percents.format(n / 100);
    });
    expect(differing).toEqual([]);
    expect(plainPercent(1.92, locale)).toBe(percents.format(0.0192));
    expect(plainPercent(3.3333333333333335, locale)).toBeDefined();
  });

  it('plural forms of whole numbers below 1000: the same as Intl', () => {
    for (let n = 0; n < 1000; n++) expect(plainPlural(n, locale)).toBe(plurals.select(n));
    expect(plainPlural(1.5, locale)).toBeUndefined();
    expect(plainPlural(1_000_000, locale)).toBeUndefined();
  });
});

it('a locale we do not speak is left to Intl', () => {
  expect(plainNumber(1.5, 'nl')).toBeUndefined();
  expect(plainPercent(1.5, 'nl')).toBeUndefined();
  expect(plainPlural(1, 'nl')).toBeUndefined();
});
