// eBay's month table agrees with the browser's own names in every language eBay's sites use.
import { describe, expect, it } from 'vitest';
import { ebayMonth } from '../../../src/sites/ebay/ebay-months';

const LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'de-DE', 'fr-FR', 'it-IT', 'es-ES'];

describe('eBay month names', () => {
  it.each(LOCALES)('every long and short name %s prints, alone and in a date, is its month', (locale) => {
    for (const style of ['long', 'short'] as const) {
      const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: style,
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (let month = 0; month < 12; month++) {
        const at = Date.UTC(2026, month, 19);
        const names = [alone.format(at), inDate.formatToParts(at).find((p) => p.type === 'month')!.value];
        for (const name of names) expect(ebayMonth(name), `${locale} ${name}`).toBe(month);
      }
    }
  });

  it('knows no other word', () => {
    for (const word of ['Nov1', 'Novem', 'day', 'Results', '', 'm']) expect(ebayMonth(word), word).toBeUndefined();
  });
});
