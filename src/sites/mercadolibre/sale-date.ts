// The sale date as the list prints it: "6 ago 11:21 hs", "18 nov 10:05 hs" (id69793272916), without
// a year for this year's and last months' sales. The year is the one that puts the date in the past
// year (a sale cannot be in the future); a printed year is used as printed. Month names come from
// the browser's Intl data (../month-names.ts), but building that table costs more than reading a
// 500-sale list: the names the list prints are looked up here first, and only a word missing here
// goes to Intl. Each name here is the month Intl gives it for every country that uses it
// (test/sites/mercadolibre/sale-date.test.ts), so the shortcut never changes a reading.
// UTC midnight of that day, as ../parse-date.ts returns.
import { monthNamed } from '../month-names';
import { asciiDigits } from '../parse-number';

const DAY_MONTH =
  /^(\d{1,2})\s+(?:de\s+)?(\p{L}[\p{L}\p{M}]*\.?)(?:\s+(?:de\s+)?(\d{4}))?(?:[\s,]+\d{1,2}:\d{2}\s*(?:hs?)?)?$/iu;
const DAY = 86_400_000;

/** Month names as Brazil's and the Spanish-speaking countries' lists write them, short and long. */
const NAMES = {
  pt: 'jan fev mar abr mai jun jul ago set out nov dez janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  // Not "set"/"septiembre"/"setiembre": Intl's answer for those differs between countries.
  es: 'ene feb mar abr may jun jul ago sep oct nov dic enero febrero marzo abril mayo junio julio agosto _ octubre noviembre diciembre',
};
const MONTHS = Object.fromEntries(
  Object.entries(NAMES).map(([lang, names]) => [
    lang,
    new Map(names.split(' ').flatMap((name, i) => (name === '_' ? [] : [[name, i % 12] as const]))),
  ]),
);

/** The month the list's own word names: the table first, Intl for anything else. */
export function saleMonth(word: string, marketplace: string, lang: string): number | undefined {
  const known = MONTHS[lang.slice(0, 2)]?.get(word.toLowerCase().replace(/\.$/, ''));
  return known ?? monthNamed(word, marketplace, lang);
}

export function parseSaleDate(text: string, marketplace: string, lang: string, now: number): number | undefined {
  const m = DAY_MONTH.exec(asciiDigits(text).trim());
  if (!m) return undefined;
  const month = saleMonth(m[2]!, marketplace, lang);
  const day = Number(m[1]);
  if (month === undefined || day < 1 || day > 31) return undefined;
  const valid = (year: number) => {
    const at = Date.UTC(year, month, day);
    return new Date(at).getUTCDate() === day ? at : undefined;
  };
  if (m[3]) return valid(Number(m[3]));
  const thisYear = new Date(now).getUTCFullYear();
  // A day ahead allows for time zones; anything later is last year's.
  const candidate = valid(thisYear);
  return candidate !== undefined && candidate <= now + DAY ? candidate : valid(thisYear - 1);
}
