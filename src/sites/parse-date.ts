// Dates as seller pages print them, per marketplace: "11/19/2026", "19.11.2026", "2026/11/19",
// "Nov 19, 2026", "19 mrt. 2026", "19 listopada 2026", "19 Kas 2026", "١٩ نوفمبر ٢٠٢٦", "19-Nov-2026",
// "2026年11月19日". Month names come from Intl (month-names.ts). Returns UTC midnight of that day
// (epoch ms): the windows we guard are days long, so the hour does not change a verdict.
import { monthNamed } from './month-names';
import { asciiDigits } from './parse-number';

/** Marketplaces whose numeric dates put the month first (US style). */
const MONTH_FIRST = new Set(['US', 'CA', 'PH']);

function utc(year: number, month: number, day: number): number | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 2000 || year > 2100) return undefined;
  const ms = Date.UTC(year, month, day);
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

const WORD = '(\\p{L}[\\p{L}\\p{M}]*\\.?)';
/** "19 mrt. 2026", "19. März 2026", "19 de nov. de 2026", "19-Nov-2026". */
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)(\\d{1,2})\\.?[\\s-]+(?:de\\s+)?${WORD}[\\s-]+(?:de\\s+)?(\\d{4})`, 'u');
/** "Nov 19, 2026", "Thu, Nov 19, 2026". */
const MONTH_DAY_YEAR = new RegExp(`${WORD}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'u');

export function parseSellerDate(text: string, marketplace: string, lang?: string): number | undefined {
  const t = asciiDigits(text).trim();
  let m = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/.exec(t);
  if (m) return utc(+m[1]!, +m[2]! - 1, +m[3]!);
  m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(t);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    return MONTH_FIRST.has(marketplace) ? utc(+m[3]!, a - 1, b) : utc(+m[3]!, b - 1, a);
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNamed(m[2]!, marketplace, lang);
    if (month !== undefined) return utc(+m[3]!, month, +m[1]!);
  }
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = monthNamed(m[1]!, marketplace, lang);
    if (month !== undefined) return utc(+m[3]!, month, +m[2]!);
  }
  return undefined;
}
