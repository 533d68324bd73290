// Localized numbers as seller pages print them: "1.92%", "1,42 %", "%2,5" (Turkish), "٢٫٥٪" (Arabic),
// "1.234,56 €", "¥1,280", "3 von 211", "156件中1件".

/** Arabic-Indic and Persian digits, the Arabic decimal and thousands marks and percent sign, as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c\u066a\u00a0\u202f]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return c === '\u066b' ? '.' : c === '\u066c' ? ',' : c === '\u066a' ? '%' : ' ';
  });
}

const PERCENT_IN_TEXT = /%\s*(\d{1,3}(?:[.,]\d+)?)|(\d{1,3}(?:[.,]\d+)?)\s*%/;

/** The first percentage in `text` ("1.92%", "1,42 %", "%2,5"); undefined when the text holds none. */
export function parsePercent(text: string): number | undefined {
  const match = PERCENT_IN_TEXT.exec(asciiDigits(text));
  if (!match) return undefined;
  const value = Number((match[1] ?? match[2])!.replace(',', '.'));
  return Number.isFinite(value) && value <= 100 ? value : undefined;
}

/** A percentage shown on its own, with how many decimals the page printed (its rounding). */
export interface Percent {
  value: number;
  decimals: number;
}

const PURE_PERCENT = /^\(?\s*(?:%\s*(\d{1,3}(?:[.,]\d{1,4})?)|(\d{1,3}(?:[.,]\d{1,4})?)\s*%)\s*\)?$/;

/** A line that is nothing but a percentage ("1.92%", "(1,42 %)", "%2,5"); anything else is not a figure. */
export function purePercent(line: string): Percent | undefined {
  const match = PURE_PERCENT.exec(asciiDigits(line).trim());
  if (!match) return undefined;
  const digits = (match[1] ?? match[2])!.replace(',', '.');
  const value = Number(digits);
  if (!Number.isFinite(value) || value > 100) return undefined;
  const dot = digits.indexOf('.');
  return { value, decimals: dot < 0 ? 0 : digits.length - dot - 1 };
}

/** Whether a rate and a count pair agree within the page's own rounding of the rate. */
export function agreesWithCounts(rate: Percent, counted: number, total: number): boolean {
  if (total <= 0) return false;
  const exact = (counted / total) * 100;
  return Math.abs(exact - rate.value) <= 0.5 * 10 ** -rate.decimals + 1e-9;
}

/**
 * A money or plain amount. The last separator followed by one or two digits is the decimal mark
 * ("1.234,56", "1,234.56"); other separators group thousands ("¥1,280" is 1280).
 */
export function parseAmount(text: string): number | undefined {
  const match = /-?\d[\d.,\s\u00a0\u202f]*/.exec(asciiDigits(text));
  if (!match) return undefined;
  const raw = match[0].replace(/[\s\u00a0\u202f]/g, '').replace(/[.,]$/, '');
  const decimal = /[.,](\d{1,2})$/.exec(raw);
  const whole = (decimal ? raw.slice(0, -decimal[0].length) : raw).replace(/[.,]/g, '');
  const value = Number(decimal ? `${whole}.${decimal[1]}` : whole);
  return Number.isFinite(value) ? value : undefined;
}

/** A whole count such as "156" or "1.234" / "1,234" (thousands). */
export function parseCount(text: string): number | undefined {
  const digits = asciiDigits(text).replace(/[.,\s\u00a0\u202f'’]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/** "3 of 156" in the languages of the marketplaces we read (Arabic "من", Polish "z", Swedish "av"…). */
const OF_WORDS = 'of|von|sur|su|de|van|av|z|na|من|/';

/**
 * "3 of 156 orders" (and its translations) → [3, 156]. Japanese writes "156件中1件" (total first).
 */
export function parseOfCounts(text: string): [number, number] | undefined {
  const clean = asciiDigits(text);
  const jp = /(\d[\d,]*)\s*件中\s*(\d[\d,]*)\s*件/.exec(clean);
  if (jp) return pair(jp[2]!, jp[1]!);
  const latin = new RegExp(`(\\d[\\d.,]*)\\s*(?:件\\s*)?(?:${OF_WORDS})\\s*(\\d[\\d.,]*)`, 'i').exec(clean);
  return latin ? pair(latin[1]!, latin[2]!) : undefined;
}

function pair(a: string, b: string): [number, number] | undefined {
  const counted = parseCount(a);
  const total = parseCount(b);
  return counted !== undefined && total !== undefined && counted <= total ? [counted, total] : undefined;
}
