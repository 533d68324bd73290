// Dates as Seller Hub prints them, and nothing else: a text is a date only when the whole of it is
// one ("Nov 18, 2026", "18 Nov 2026", "18. Nov. 2026", "18 nov. 2026", "11/18/2026", with a time
// after it at most), so a date is never fished out of a sentence. Dates without a year ("Ship by
// Nov 21", "Aug 20") take theirs from a reference the caller knows (the sale date, today). UTC
// midnight, epoch ms. A list prints a few dates hundreds of times: each text is worked out once.
import { asciiDigits } from '../parse-number';
import { ebayMonth } from './ebay-months';

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
const NUMERIC = new RegExp(`^${WEEKDAY}(\\d{1,2})[./](\\d{1,2})[./](\\d{4})${TIME}$`, 'iu');
const MONTH_DAY = new RegExp(`^${MONTH}\\s+(\\d{1,2})$`, 'u');
// The same forms in plain ASCII (US and UK pages), tried first on the cleaned text (single spaces):
// what they match, the patterns above match alike, and a page of English dates never waits for the
// browser to build the Unicode letter class (milliseconds, in every new tab).
const PLAIN_MONTH_DAY_YEAR = /^([a-z]+\.?) (\d{1,2}),? (\d{4})$/i;
const PLAIN_DAY_MONTH_YEAR = /^(\d{1,2})\.? (?:de )?([a-z]+\.?) (?:de )?(\d{4})$/i;
const PLAIN_NUMERIC = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const PLAIN_MONTH_DAY = /^([A-Za-z]+\.?) (\d{1,2})$/;
/** Every full form ends in a four-digit year (a time may follow it). */
const YEAR = /\d{4}/;
const DAY_MONTH = new RegExp(`^(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH}$`, 'u');

/** Sites whose numeric dates put the month first (eBay US and Canada). */
const MONTH_FIRST = new Set(['US', 'CA']);

const DAY = 86_400_000;

function utc(year: number, month: number | undefined, day: number): number | undefined {
  if (month === undefined || month < 0 || month > 11 || year < 2000 || year > 2100) return undefined;
  const ms = Date.UTC(year, month, day);
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

const clean = (text: string) => asciiDigits(text).replace(/\s+/g, ' ').trim();

function parseFull(t: string, marketplace: string): number | undefined {
  if (!YEAR.test(t)) return undefined;
  // Month-first forms start with a letter; a plain numeric date has no month name.
  let m = /^\d/.test(t) ? null : (PLAIN_MONTH_DAY_YEAR.exec(t) ?? MONTH_DAY_YEAR.exec(t));
  if (m) return utc(+m[3]!, ebayMonth(m[1]!), +m[2]!);
  m = PLAIN_NUMERIC.test(t) ? null : (PLAIN_DAY_MONTH_YEAR.exec(t) ?? DAY_MONTH_YEAR.exec(t));
  if (m) return utc(+m[3]!, ebayMonth(m[2]!), +m[1]!);
  m = PLAIN_NUMERIC.exec(t) ?? NUMERIC.exec(t);
  if (!m) return undefined;
  const [a, b] = [+m[1]!, +m[2]!];
  return MONTH_FIRST.has(marketplace) ? utc(+m[3]!, a - 1, b) : utc(+m[3]!, b - 1, a);
}

/** Worked-out dates by site and text; bounded, as a page's texts are. */
const known = new Map<string, number | null>();

/** A full date, the whole text; undefined for anything else. */
export function ebayDate(text: string, marketplace: string): number | undefined {
  const key = `${marketplace}\u0000${text}`;
  let date = known.get(key);
  if (date === undefined) {
    date = parseFull(clean(text), marketplace) ?? null;
    if (known.size < 500) known.set(key, date);
  }
  return date ?? undefined;
}

export interface DayOfYear {
  month: number;
  day: number;
}

/** "Nov 21", "21 Nov", "21. Nov.", "21 nov.": a day without its year, the whole text. */
export function ebayDayMonth(text: string): DayOfYear | undefined {
  const t = clean(text);
  const md = PLAIN_MONTH_DAY.exec(t) ?? MONTH_DAY.exec(t);
  const dm = md ? undefined : DAY_MONTH.exec(t);
  const [word, day] = md ? [md[1]!, +md[2]!] : dm ? [dm[2]!, +dm[1]!] : [undefined, 0];
  const month = word ? ebayMonth(word) : undefined;
  return month === undefined || day < 1 || day > 31 ? undefined : { month, day };
}

function candidates(d: DayOfYear, reference: number): number[] {
  const year = new Date(reference).getUTCFullYear();
  return [year - 1, year, year + 1].map((y) => utc(y, d.month, d.day)).filter((t): t is number => t !== undefined);
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

const placed = new Map<string, number | null>();

/** A full date, or a day without a year placed on or after `reference`. */
export function ebayDateAfter(text: string, marketplace: string, reference: number | undefined): number | undefined {
  const full = ebayDate(text, marketplace);
  if (full !== undefined || reference === undefined) return full;
  const key = `${reference}\u0000${text}`;
  let date = placed.get(key);
  if (date === undefined) {
    const d = ebayDayMonth(text);
    date = (d && onOrAfter(d, reference)) ?? null;
    if (placed.size < 500) placed.set(key, date);
  }
  return date ?? undefined;
}

/** A full date, or a day without a year placed nearest `reference`. */
export function ebayDateNear(text: string, marketplace: string, reference: number): number | undefined {
  const full = ebayDate(text, marketplace);
  if (full !== undefined) return full;
  const d = ebayDayMonth(text);
  return d && nearest(d, reference);
}
