// The catalogue is one house: every locale words every key with the same placeholders as English,
// plural forms fit each language's rules, and nothing is left in English by accident.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/catalogue/en';
import { CATALOGUES } from '../../src/i18n/catalogues';
import { forms } from '../../src/i18n/message';
import { LOCALES } from '../../src/i18n/locales';
import { placeholders } from '../helpers/i18n';

/** Keys whose wording is the same in English and some other language: loanwords, names and pure formats. */
const SAME_AS_ENGLISH = new Set([
  'extName',
  'level.ok',
  'flow.mercadolibre',
  'common.none',
  'common.no',
  'order.status',
  'order.item',
  'csv.marketplace',
  'csv.page',
  'history.marketplace',
  'history.col-detail',
  'templates.action',
  'templates.text',
  'actions.effect',
  'draft.own-template',
  'draft.use',
  'templates.entry',
  'history.reason-count',
  'chart.label',
  'chart.point',
  'detail.status-change',
  'detail.joined',
  'detail.draft-used',
  'detail.advice-outcome',
  // Names the platforms give their levels, kept as they are in Spanish, Portuguese, French and Italian.
  'band.top-rated',
  'band.leader',
  'band.orange',
]);

describe('message catalogue', () => {
  const keys = Object.keys(en) as (keyof typeof en)[];
  for (const locale of LOCALES) {
    const catalogue = CATALOGUES[locale];
    describe(locale, () => {
      it('words every key, with the placeholders English has', () => {
        expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
        for (const key of keys) expect(placeholders(catalogue[key]), `${locale} ${key}`).toEqual(placeholders(en[key]));
      });
      it('has no empty message, and plural forms this language uses, counting on a placeholder', () => {
        const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
        for (const key of keys) {
          const message = catalogue[key];
          for (const form of forms(message)) expect(form.trim(), `${locale} ${key}`).not.toBe('');
          if (typeof message === 'string') continue;
          expect(placeholders(message), `${locale} ${key}`).toContain(message.plural);
          for (const form of Object.keys(message).filter((k) => k !== 'plural'))
            expect(categories, `${locale} ${key}: ${form}`).toContain(form);
        }
      });
      if (locale !== 'en') {
        it('leaves nothing in English except names, loanwords and formats', () => {
          const same = keys.filter((k) => JSON.stringify(catalogue[k]) === JSON.stringify(en[k]));
          expect(same.filter((k) => !SAME_AS_ENGLISH.has(k))).toEqual([]);
        });
      }
    });
  }
});
