// The sale date as the list prints it: "6 ago 11:21 hs", "18 nov 10:05 hs" (id69793272916), without
// a year for this year's and last months' sales. The year is the one that puts the date in the past
// year (a sale cannot be in the future); a printed year is used as printed. Month names come from
// the browser's Intl data (../month-names.ts). UTC midnight of that day, as ../parse-date.ts returns.
import { monthNamed } from '../month-names';
import { asciiDigits } from '../parse-number';

const DAY_MONTH =
  /^(\d{1,2})\s+(?:de\s+)?(\p{L}[\p{L}\p{M}]*\.?)(?:\s+(?:de\s+)?(\d{4}))?(?:[\s,]+\d{1,2}:\d{2}\s*(?:hs?)?)?$/iu;
const DAY = 86_400_000;

export function parseSaleDate(text: string, marketplace: string, lang: string, now: number): number | undefined {
  const m = DAY_MONTH.exec(asciiDigits(text).trim());
  if (!m) return undefined;
  const month = monthNamed(m[2]!, marketplace, lang);
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
