// eBay's month table agrees with the browser's own names in every language eBay's sites use.
import { describe, expect, it } from 'vitest';
import { ebayMonth } from '../../../src/sites/ebay/ebay-months';
import { intlMonthNames } from '../../../src/sites/month-names';

const LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'de-DE', 'fr-FR', 'it-IT', 'es-ES'];

describe('eBay month names', () => {
  it.each(LOCALES)('every long and short name %s prints, alone and in a date, is its month', (locale) => {
    for (const [name, month] of intlMonthNames(locale)) expect(ebayMonth(name), `${locale} ${name}`).toBe(month);
  });

  it('knows no other word', () => {
    for (const word of ['Nov1', 'Novem', 'day', 'Results', '', 'm']) expect(ebayMonth(word), word).toBeUndefined();
  });
});
