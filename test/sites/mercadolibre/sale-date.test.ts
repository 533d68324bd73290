// The sale date's own month table is a shortcut past Intl: for every country and every name in it,
// in the cases a page may print it, it must give the month Intl gives (../month-names.ts).
import { describe, expect, it } from 'vitest';
import { monthNamed } from '../../../src/sites/month-names';
import { saleMonth } from '../../../src/sites/mercadolibre/sale-date';

const COUNTRIES: [string, string][] = [
  ['BR', 'pt-BR'],
  ...['MX', 'AR', 'CO', 'CL', 'UY', 'PE', 'VE'].map((c): [string, string] => [c, `es-${c}`]),
];
const WORDS = {
  pt: 'jan fev mar abr mai jun jul ago set out nov dez janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  es: 'ene feb mar abr may jun jul ago sep sept set oct nov dic enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
};

describe('Mercado Libre sale months', () => {
  it.each(COUNTRIES)(
    '%s: every name, as printed, abbreviated with a dot or capitalised, reads as Intl reads it',
    (code, lang) => {
      const words = WORDS[lang.slice(0, 2) as 'pt' | 'es'].split(' ');
      for (const word of words.flatMap((w) => [w, `${w}.`, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]))
        expect([word, saleMonth(word, code, lang)]).toEqual([word, monthNamed(word, code, lang)]);
    },
  );

  it('a word it does not list still goes to Intl (English names, other spellings)', () => {
    expect(saleMonth('Dec', 'BR', 'pt-BR')).toBe(11);
    expect(saleMonth('setiembre', 'PE', 'es-PE')).toBe(monthNamed('setiembre', 'PE', 'es-PE'));
    expect(saleMonth('ayer', 'MX', 'es-MX')).toBeUndefined();
  });
});
