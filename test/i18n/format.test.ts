// Numbers, dates and plurals in the reader's locale; page text isolated; codes inside codes.
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/format';
import { localeFor } from '../../src/i18n/locales';

const messages = {
  rate: '{metric} {rate, percent} ({counted} of {total})',
  'metric.x': 'Cancellation rate',
  'metric.de': 'Stornorate',
  when: 'on {at, date}',
  stamp: '{at, datetime}',
  left: { plural: 'n', one: '{n} cancellation fits', other: '{n} cancellations fit' },
  who: 'Duplicate: {buyer} ordered twice',
  gap: 'Hello {name}',
};
const AT = Date.UTC(2026, 10, 26, 12);

describe('translator', () => {
  it('sets up a locale format only when a message uses it (each costs a new tab the locale data)', () => {
    const Real = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    } as typeof Intl.DateTimeFormat;
    try {
      // Dutch dates are left to Intl (plain-dates.ts writes only the languages we speak).
      const words = createTranslator(messages, 'nl');
      expect(words.t('gap', { name: 'Ana' })).toContain('Ana');
      expect(made).toBe(0);
      words.t('when', { at: AT });
      words.t('when', { at: AT + 1 });
      expect(made).toBe(1);
      // A German banner's dates need none at all.
      createTranslator(messages, 'de').t('when', { at: AT });
      expect(made).toBe(1);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });

  it('numbers and percents are written as the locale writes them, never with a forced point', () => {
    const say = (locale: string) =>
      createTranslator(messages, locale).t('rate', {
        metric: { code: 'metric.x' },
        rate: 1.92,
        counted: 3,
        total: 1560,
      });
    expect(say('en')).toBe('Cancellation rate 1.92% (3 of 1,560)');
    expect(say('de')).toBe('Cancellation rate 1,92\u00a0% (3 of 1.560)');
    // French spaces are narrow or plain no-break spaces, by ICU version.
    expect(say('fr')).toMatch(/^Cancellation rate 1,92[\u00a0\u202f]% \(3 of 1[\u00a0\u202f]560\)$/);
    expect(say('zh-CN')).toBe('Cancellation rate 1.92% (3 of 1,560)');
  });
  it('dates through Intl, no ISO strings', () => {
    expect(createTranslator(messages, 'en').t('when', { at: AT })).toMatch(/^on Nov 2[67], 2026$/);
    expect(createTranslator(messages, 'de').t('when', { at: AT })).toMatch(/^on 2[67]\.11\.2026$/);
    expect(createTranslator(messages, 'ja').t('when', { at: AT })).toMatch(/^on 2026\/11\/2[67]$/);
    expect(createTranslator(messages, 'en').t('stamp', { at: AT })).not.toContain('T');
  });
  it('plural forms follow the locale', () => {
    const en = createTranslator(messages, 'en');
    expect(en.t('left', { n: 1 })).toBe('1 cancellation fits');
    expect(en.t('left', { n: 3 })).toBe('3 cancellations fit');
  });
  it('page text is isolated only when it could reorder the sentence', () => {
    const en = createTranslator(messages, 'en');
    expect(en.t('who', { buyer: 'Margaret Holloway' })).toBe('Duplicate: Margaret Holloway ordered twice');
    expect(en.t('who', { buyer: 'سارة' })).toBe('Duplicate: \u2068سارة\u2069 ordered twice');
    expect(en.t('who', { buyer: '\u202Eevil' })).toBe('Duplicate: \u2068\u202Eevil\u2069 ordered twice');
  });
  it('a missing parameter stays visible; a missing message shows its code, never another language', () => {
    const en = createTranslator(messages, 'en');
    expect(en.t('gap')).toBe('Hello {name}');
    expect(en.say({ code: 'nowhere.to-be-found' })).toBe('[nowhere.to-be-found]');
  });
  it('maps browser and marketplace tags to our locales', () => {
    expect(localeFor('de-AT')).toBe('de');
    expect(localeFor('es-MX')).toBe('es');
    expect(localeFor('pt_BR')).toBe('pt-BR');
    expect(localeFor('pt-PT')).toBe('pt-BR');
    expect(localeFor('zh-TW')).toBe('zh-CN');
    expect(localeFor('en-IN')).toBe('en');
    expect(localeFor('nl')).toBe('en');
    expect(localeFor(undefined)).toBe('en');
  });
});
