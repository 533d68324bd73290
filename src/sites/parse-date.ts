// Dates as seller pages print them, per marketplace: "11/19/2026", "19.11.2026", "2026/11/19",
// "Nov 19, 2026", "19 nov. 2026", "2026年11月19日". Returns UTC midnight of that day (epoch ms):
// the windows we guard are days long, so the hour does not change a verdict.

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['jan', 'ene', 'gen', 'janv', 'jän', 'sty', 'oca'],
  ['feb', 'fév', 'fev', 'febr', 'lut', 'şub'],
  ['mar', 'mär', 'mars', 'marz'],
  ['apr', 'avr', 'abr', 'kwi', 'nis'],
  ['may', 'mai', 'mag', 'mayo', 'maj', 'mei', 'mayıs'],
  ['jun', 'juin', 'giu', 'cze', 'haz'],
  ['jul', 'juil', 'lug', 'lip', 'tem'],
  ['aug', 'aoû', 'ago', 'sie', 'ağu', 'augusti'],
  ['sep', 'sept', 'set', 'wrz', 'eyl'],
  ['oct', 'okt', 'ott', 'out', 'paź', 'eki'],
  ['nov', 'lis', 'kas'],
  ['dec', 'dez', 'déc', 'dic', 'gru', 'ara'],
];
NAMES.forEach((names, month) => {
  for (const n of names) MONTHS[n] = month;
});

/** Marketplaces whose numeric dates put the month first (US style). */
const MONTH_FIRST = new Set(['US', 'CA', 'PH']);

function utc(year: number, month: number, day: number): number | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 2000 || year > 2100) return undefined;
  const ms = Date.UTC(year, month, day);
  return new Date(ms).getUTCDate() === day ? ms : undefined;
}

function monthByName(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[key] ?? MONTHS[key.slice(0, 4)] ?? MONTHS[key.slice(0, 3)];
}

export function parseSellerDate(text: string, marketplace: string): number | undefined {
  const t = text.trim();
  let m = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})/.exec(t);
  if (m) return utc(+m[1]!, +m[2]! - 1, +m[3]!);
  m = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(t);
  if (m) {
    const [a, b] = [+m[1]!, +m[2]!];
    return MONTH_FIRST.has(marketplace) ? utc(+m[3]!, a - 1, b) : utc(+m[3]!, b - 1, a);
  }
  m = /([A-Za-zÀ-ÿğşıİ]{3,}\.?)\s+(\d{1,2}),?\s+(\d{4})/.exec(t); // "Nov 19, 2026"
  if (m && monthByName(m[1]!) !== undefined) return utc(+m[3]!, monthByName(m[1]!)!, +m[2]!);
  m = /(\d{1,2})\.?\s+(?:de\s+)?([A-Za-zÀ-ÿğşıİ]{3,}\.?)\s+(?:de\s+)?(\d{4})/.exec(t); // "19 nov. 2026", "19 de nov de 2026"
  if (m && monthByName(m[2]!) !== undefined) return utc(+m[3]!, monthByName(m[2]!)!, +m[1]!);
  return undefined;
}
