// The banner's small numbers written without Intl. The first Intl object in a new tab loads the
// locale's data, 15–30 ms on the seller's page thread before the banner can show "1.92%", and a
// banner's figures are nearly always small: a rate, a count of orders. For those, in the languages we
// speak, the writing is a decimal sign and what stands before "%". Anything else (1000 and up, which
// needs grouping; negatives; another locale) returns undefined and goes to Intl.
// test/i18n/plain-numbers.test.ts holds every case to Intl's own output (Chromium's is the same).

/** Decimal comma, and the gap before "%", per locale we speak; the others write "1.92%". */
const COMMA = new Set(['de', 'es', 'fr', 'it', 'pt-BR']);
const POINT = new Set(['en', 'ja', 'zh-CN']);
const SPACED_PERCENT = new Set(['de', 'es', 'fr']);

/**
 * A plain decimal text ("1.0049999999999998"), `shift` places to the left of its point moved right
 * (2 for a percent), with at most two decimals rounded half away from zero: Intl rounds the shortest
 * decimal that names the double, in digits, never a binary product of it. Undefined from 1000 up.
 */
function written(decimal: string, shift: number, locale: string): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!m || !(COMMA.has(locale) || POINT.has(locale))) return undefined;
  const digits = m[1]! + (m[2] ?? '').padEnd(shift + 3, '0');
  const point = m[1]!.length + shift;
  let hundredths = Number(digits.slice(0, point + 2));
  if (digits[point + 2]! >= '5') hundredths++;
  if (hundredths >= 100_000) return undefined;
  const cents = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const whole = String(Math.floor(hundredths / 100));
  return cents ? whole + (COMMA.has(locale) ? ',' : '.') + cents : whole;
}

/** `n` as Intl.NumberFormat(locale, { maximumFractionDigits: 2 }) writes it, or undefined. */
export const plainNumber = (n: number, locale: string): string | undefined =>
  n >= 0 ? written(String(n), 0, locale) : undefined;

/** `percent` (1.92 for 1.92%) as the percent style with at most two decimals writes it, or undefined. */
export function plainPercent(percent: number, locale: string): string | undefined {
  // Intl is handed percent / 100 and scales the shortest decimal of that double by 100.
  const text = percent >= 0 ? written(String(percent / 100), 2, locale) : undefined;
  return text && text + (SPACED_PERCENT.has(locale) ? '\u00a0%' : '%');
}

/** Intl.PluralRules(locale).select(n) for whole numbers below 1000, or undefined. */
export function plainPlural(n: number, locale: string): Intl.LDMLPluralRule | undefined {
  if (!Number.isInteger(n) || n < 0 || n >= 1000 || !(COMMA.has(locale) || POINT.has(locale))) return undefined;
  // Japanese and Chinese have one form; French and Portuguese say "one" of 0 too (CLDR: i = 0,1).
  if (locale === 'ja' || locale === 'zh-CN') return 'other';
  return n === 1 || (n === 0 && (locale === 'fr' || locale === 'pt-BR')) ? 'one' : 'other';
}
