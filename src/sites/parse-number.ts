// Localized numbers as seller pages print them: "1.92%", "1,42 %", "1.234,56 €", "¥1,280", "3 von 211".

/** A percentage like "1.92%" or "1,42 %"; undefined when the text holds none. */
export function parsePercent(text: string): number | undefined {
  const match = /(\d{1,3}(?:[.,]\d+)?)\s*%/.exec(text.replace(/\u00a0/g, ' '));
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  return Number.isFinite(value) && value <= 100 ? value : undefined;
}

/**
 * A money or plain amount. The last separator followed by one or two digits is the decimal mark
 * ("1.234,56", "1,234.56"); other separators group thousands ("¥1,280" is 1280).
 */
export function parseAmount(text: string): number | undefined {
  const match = /-?\d[\d.,\s\u00a0\u202f]*/.exec(text);
  if (!match) return undefined;
  const raw = match[0].replace(/[\s\u00a0\u202f]/g, '').replace(/[.,]$/, '');
  const decimal = /[.,](\d{1,2})$/.exec(raw);
  const whole = (decimal ? raw.slice(0, -decimal[0].length) : raw).replace(/[.,]/g, '');
  const value = Number(decimal ? `${whole}.${decimal[1]}` : whole);
  return Number.isFinite(value) ? value : undefined;
}

/** A whole count such as "156" or "1.234" / "1,234" (thousands). */
export function parseCount(text: string): number | undefined {
  const digits = text.replace(/[.,\s\u00a0\u202f]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

const OF_WORDS = 'of|von|sur|su|de|van|av|z|na|из|/';

/**
 * "3 of 156 orders" (and its translations) → [3, 156]. Japanese writes "156件中3件" (total first).
 */
export function parseOfCounts(text: string): [number, number] | undefined {
  const clean = text.replace(/\u00a0/g, ' ');
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
