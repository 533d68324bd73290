import { describe, expect, it } from 'vitest';
import { parseSellerDate } from '../../src/sites/parse-date';
import { parseAmount, parseCount, parseOfCounts, parsePercent } from '../../src/sites/parse-number';

describe('parsePercent', () => {
  it.each([
    ['1.92%', 1.92],
    ['1,42 %', 1.42],
    ['0%', 0],
    ['98.70%', 98.7],
    ['2,5\u00a0%', 2.5],
    ['Rate: 3.33% (1 of 30)', 3.33],
  ])('%s → %s', (text, value) => expect(parsePercent(text)).toBe(value));
  it.each(['N/A', '--', '', '150%'])('%s → undefined', (text) => expect(parsePercent(text)).toBeUndefined());
});

describe('parseAmount', () => {
  it.each([
    ['$14.99', 14.99],
    ['24,90 €', 24.9],
    ['1.234,56 €', 1234.56],
    ['$1,234.56', 1234.56],
    ['￥7,600', 7600],
    ['US $7.99', 7.99],
    ['R$ 12,5', 12.5],
  ])('%s → %s', (text, value) => expect(parseAmount(text)).toBe(value));
  it('no digits → undefined', () => expect(parseAmount('free')).toBeUndefined());
});

describe('parseCount and parseOfCounts', () => {
  it('counts with thousands separators', () => {
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('12a')).toBeUndefined();
  });
  it.each([
    ['3 of 156 orders', [3, 156]],
    ['3 von 211 Bestellungen', [3, 211]],
    ['2 sur 90 commandes', [2, 90]],
    ['1 su 40 ordini', [1, 40]],
    ['4 de 120 pedidos', [4, 120]],
    ['156件中1件', [1, 156]],
    ['156 件中 3 件', [3, 156]],
    ['0 of 1,204 orders', [0, 1204]],
  ])('%s', (text, pair) => expect(parseOfCounts(text)).toEqual(pair));
  it('refuses a count above its total and text without a pair', () => {
    expect(parseOfCounts('9 of 3 orders')).toBeUndefined();
    expect(parseOfCounts('No seller-fulfilled orders')).toBeUndefined();
  });
});

describe('parseSellerDate', () => {
  const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
  it.each([
    ['11/19/2026', 'US', day(2026, 11, 19)],
    ['19/11/2026', 'UK', day(2026, 11, 19)],
    ['19.11.2026', 'DE', day(2026, 11, 19)],
    ['2026/11/19', 'JP', day(2026, 11, 19)],
    ['2026年11月16日(月) 23:45 JST', 'JP', day(2026, 11, 16)],
    ['Thu, Nov 19, 2026, 10:44 PM PST', 'US', day(2026, 11, 19)],
    ['19 nov. 2026', 'FR', day(2026, 11, 19)],
    ['19 de nov de 2026', 'BR', day(2026, 11, 19)],
    ['2026-11-20 08:15:02', 'GLOBAL', day(2026, 11, 20)],
    ['3. Dez. 2026', 'DE', day(2026, 12, 3)],
  ])('%s (%s)', (text, market, ms) => expect(parseSellerDate(text, market)).toBe(ms));
  it.each(['2 days ago', '31/02/2026', '13/13/2026', '', '19 Foo 2026', 'Orders in the last 30 days: 4'])(
    '%s → undefined',
    (text) => expect(parseSellerDate(text, 'UK')).toBeUndefined(),
  );

  // Month names in every marketplace language, as the issue lists them and as each locale's own
  // Intl data prints them.
  it.each([
    ['19 mrt. 2026', 'NL', day(2026, 3, 19)],
    ['19 marca 2026', 'PL', day(2026, 3, 19)],
    ['19 listopada 2026', 'PL', day(2026, 11, 19)],
    ['19 lis 2026', 'PL', day(2026, 11, 19)],
    ['19 nov. 2026', 'SE', day(2026, 11, 19)],
    ['3 okt. 2026', 'SE', day(2026, 10, 3)],
    ['19 Kas 2026', 'TR', day(2026, 11, 19)],
    ['19 Kasım 2026', 'TR', day(2026, 11, 19)],
    ['19 نوفمبر 2026', 'AE', day(2026, 11, 19)],
    ['١٩ نوفمبر ٢٠٢٦', 'SA', day(2026, 11, 19)],
    ['19-Nov-2026', 'IN', day(2026, 11, 19)],
    ['19. März 2026', 'DE', day(2026, 3, 19)],
    ['19 de nov. de 2026', 'BR', day(2026, 11, 19)],
    ['19 gen 2026', 'IT', day(2026, 1, 19)],
    ['19 janv. 2026', 'FR', day(2026, 1, 19)],
    ['Sept 3, 2026', 'US', day(2026, 9, 3)],
  ])('%s (%s)', (text, market, ms) => expect(parseSellerDate(text, market)).toBe(ms));

  const LOCALE_OF: Record<string, string> = {
    NL: 'nl-NL',
    PL: 'pl-PL',
    SE: 'sv-SE',
    TR: 'tr-TR',
    AE: 'ar-AE-u-ca-gregory',
    DE: 'de-DE',
    FR: 'fr-FR',
    IT: 'it-IT',
    ES: 'es-ES',
    BR: 'pt-BR',
    UK: 'en-GB',
    IN: 'en-IN',
    JP: 'ja-JP',
    MX: 'es-MX',
  };
  it.each(Object.entries(LOCALE_OF))(
    'every month of the year as %s writes it (%s), long and short',
    (market, locale) => {
      for (const month of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
          const at = Date.UTC(2026, m, 19);
          expect(parseSellerDate(format.format(at), market), `${format.format(at)}`).toBe(at);
        }
      }
    },
  );
});
