// Dates as Seller Hub prints them, and nothing else: a text is a date only when the whole of it is
// one ("Nov 18, 2026", "18 Nov 2026", "18. Nov. 2026", "18 nov. 2026", with a time after it at most),
// so a date is never fished out of a sentence. Dates without a year ("Ship by Nov 21", "Aug 20")
// take theirs from a reference the caller knows (the sale date, today). UTC midnight, epoch ms.
import { monthNamed } from '../month-names';
import { asciiDigits } from '../parse-number';
import { parseSellerDate } from '../parse-date';

const MONTH = '(\\p{L}[\\p{L}\\p{M}]*\\.?)';
/** "Thu, " before a date, and " 10:32 AM PST" after it. */
const WEEKDAY = '(?:\\p{L}{2,12}\\.?,?\\s+)?';
const TIME =
  '(?:,?\\s+(?:at\\s+|um\\s+|à\\s+|alle\\s+|a las\\s+)?\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?';

const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}$`, 'iu');
const DAY_MONTH_YEAR = new RegExp(
  `^${WEEKDAY}(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH}\\s+(?:de\\s+)?(\\d{4})${TIME}$`,
  'iu',
);
const NUMERIC = new RegExp(`^${WEEKDAY}\\d{1,2}[./]\\d{1,2}[./]\\d{4}${TIME}$`, 'iu');
const MONTH_DAY = new RegExp(`^${MONTH}\\s+(\\d{1,2})$`, 'u');
const DAY_MONTH = new RegExp(`^(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH}$`, 'u');

const DAY = 86_400_000;

function clean(text: string): string {
  return asciiDigits(text).replace(/\s+/g, ' ').trim();
}

/** A full date, the whole text; undefined for anything else. */
export function ebayDate(text: string, marketplace: string): number | undefined {
  const t = clean(text);
  if (!(MONTH_DAY_YEAR.test(t) || DAY_MONTH_YEAR.test(t) || NUMERIC.test(t))) return undefined;
  return parseSellerDate(t, marketplace);
}

export interface DayOfYear {
  month: number;
  day: number;
}

/** "Nov 21", "21 Nov", "21. Nov.", "21 nov.": a day without its year, the whole text. */
export function ebayDayMonth(text: string, marketplace: string): DayOfYear | undefined {
  const t = clean(text);
  const md = MONTH_DAY.exec(t);
  const dm = md ? undefined : DAY_MONTH.exec(t);
  const [word, day] = md ? [md[1]!, +md[2]!] : dm ? [dm[2]!, +dm[1]!] : [undefined, 0];
  if (!word || day < 1 || day > 31) return undefined;
  const month = monthNamed(word, marketplace);
  return month === undefined ? undefined : { month, day };
}

function at(year: number, d: DayOfYear): number | undefined {
  const ms = Date.UTC(year, d.month, d.day);
  return new Date(ms).getUTCDate() === d.day ? ms : undefined;
}

function candidates(d: DayOfYear, reference: number): number[] {
  const year = new Date(reference).getUTCFullYear();
  return [year - 1, year, year + 1].map((y) => at(y, d)).filter((t): t is number => t !== undefined);
}

/** The first such day on or after `reference`'s day (a ship-by date after the sale). */
export function onOrAfter(d: DayOfYear, reference: number): number | undefined {
  const from = Math.floor(reference / DAY) * DAY;
  return candidates(d, reference).find((t) => t >= from);
}

/** The such day nearest `reference` (an answer deadline or an evaluation date around today). */
export function nearest(d: DayOfYear, reference: number): number | undefined {
  const all = candidates(d, reference);
  return all.sort((a, b) => Math.abs(a - reference) - Math.abs(b - reference))[0];
}

/** A full date, or a day without a year placed on or after `reference`. */
export function ebayDateAfter(text: string, marketplace: string, reference: number | undefined): number | undefined {
  const full = ebayDate(text, marketplace);
  if (full !== undefined) return full;
  const d = reference === undefined ? undefined : ebayDayMonth(text, marketplace);
  return d && onOrAfter(d, reference!);
}

/** A full date, or a day without a year placed nearest `reference`. */
export function ebayDateNear(text: string, marketplace: string, reference: number): number | undefined {
  const full = ebayDate(text, marketplace);
  if (full !== undefined) return full;
  const d = ebayDayMonth(text, marketplace);
  return d && nearest(d, reference);
}
