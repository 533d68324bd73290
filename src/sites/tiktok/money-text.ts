// Amounts as the seller centres print them ("$25.00", "R$ 544,54", "฿289.00", "150.000₫"): a line
// that is nothing but an amount with its region's currency sign. A number without the sign is no
// amount of ours (a count, a quantity, a percentage).
import { parseAmount } from '../parse-number';

const SIGNS: Readonly<Record<string, readonly string[]>> = {
  USD: ['$', 'US$'],
  GBP: ['£'],
  MXN: ['$', 'MX$'],
  BRL: ['R$'],
  THB: ['฿'],
  VND: ['₫', 'đ'],
  MYR: ['RM'],
  PHP: ['₱'],
  SGD: ['S$', '$'],
  IDR: ['Rp'],
  JPY: ['¥', '￥', '円'],
};

const escape = (s: string) => s.replace(/[$.]/g, '\\$&');

const LINES = new Map(
  Object.entries(SIGNS).map(([currency, signs]) => {
    const sign = `(?:${signs.map(escape).join('|')})`;
    const amount = '(\\d[\\d.,\\s\\u00a0\\u202f]*\\d|\\d)';
    return [currency, new RegExp(`^(?:${sign}\\s?${amount}|${amount}\\s?${sign})$`)];
  }),
);

/** Any of a currency's signs, anywhere in a text: one test per cell of a 500-order list. */
export const ANY_SIGN = new Map(
  Object.entries(SIGNS).map(([currency, signs]) => [currency, new RegExp(signs.map(escape).join('|'))]),
);

/** Whether a text holds `currency`'s sign anywhere: where an amount line may be. */
export function maySayAmount(text: string, currency: string): boolean {
  return ANY_SIGN.get(currency)?.test(text) ?? false;
}

/** Digits with at most a decimal point and one or two decimals: what parseAmount reads as the number it writes. */
const PLAIN_DIGITS = /^\d{1,12}(?:\.\d{1,2})?$/;

/** The amount a line shows in `currency`; undefined for any line that is not just that. */
export function amountLine(line: string, currency: string): number | undefined {
  const m = LINES.get(currency)?.exec(line.trim());
  if (!m) return undefined;
  const digits = m[1] ?? m[2]!;
  // Every row of a list has its total: the common plain one needs no separators worked out.
  return PLAIN_DIGITS.test(digits) ? Number(digits) : parseAmount(digits);
}
