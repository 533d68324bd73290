// Amounts as Seller Hub prints them, the whole text and nothing else: "$98.50", "£98.50",
// "EUR 98,50", "98,50 €", "US $98.50", "AU $98.50", "C $98.50". The currency comes from the amount's
// own mark; a bare "$" is the site's dollar only on a dollar site, and no mark at all is no amount.
import { parseAmount } from '../parse-number';

export interface Money {
  amount: number;
  currency: string;
}

const MARKS: Record<string, string> = {
  'US $': 'USD',
  'AU $': 'AUD',
  'A $': 'AUD',
  'C $': 'CAD',
  'CA $': 'CAD',
  USD: 'USD',
  AUD: 'AUD',
  CAD: 'CAD',
  GBP: 'GBP',
  EUR: 'EUR',
  '£': 'GBP',
  '€': 'EUR',
};

const MARK = '(US ?\\$|AU ?\\$|A ?\\$|CA? ?\\$|USD|AUD|CAD|GBP|EUR|£|€|\\$)';
const NUMBER = '(-?\\d{1,3}(?:[.,\\s]\\d{3})*(?:[.,]\\d{1,2})?|-?\\d+(?:[.,]\\d{1,2})?)';
const BEFORE = new RegExp(`^${MARK}\\s?${NUMBER}$`);
const AFTER = new RegExp(`^${NUMBER}\\s?${MARK}$`);

const DOLLAR_SITES = new Set(['USD', 'AUD', 'CAD']);

function currencyOf(mark: string, siteCurrency: string): string | undefined {
  if (mark === '$') return DOLLAR_SITES.has(siteCurrency) ? siteCurrency : undefined;
  return MARKS[mark.replace(/(\w)\s?\$/, '$1 $')];
}

/** Amounts worked out by site currency and text; a list prints the same few hundreds of times. */
const known = new Map<string, Money | null>();

/** An amount with its currency; undefined when the text is anything more, or its currency is unclear. */
export function ebayMoney(text: string, siteCurrency: string): Money | undefined {
  const key = `${siteCurrency}\u0000${text}`;
  let money = known.get(key);
  if (money === undefined) {
    money = moneyOf(text, siteCurrency) ?? null;
    if (known.size < 500) known.set(key, money);
  }
  return money ?? undefined;
}

function moneyOf(text: string, siteCurrency: string): Money | undefined {
  const t = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const before = BEFORE.exec(t);
  const after = before ? undefined : AFTER.exec(t);
  const [mark, number] = before ? [before[1]!, before[2]!] : after ? [after[2]!, after[1]!] : [];
  if (!mark || !number) return undefined;
  const currency = currencyOf(mark, siteCurrency);
  const amount = parseAmount(number);
  return currency && amount !== undefined ? { amount, currency } : undefined;
}
