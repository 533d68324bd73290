// Month names as each marketplace writes them, taken from the browser's own Intl data (no date
// library in the content script): standalone and in-date forms ("listopad" / "listopada"), long
// and short ("mrt.", "Kas", "نوفمبر"). Built once per marketplace, and only when a page prints a
// month by name.

/** Marketplace → the languages its Seller Central pages are written in, English always beside them. */
const LOCALES: Record<string, string[]> = {
  US: ['en-US'],
  CA: ['en-CA', 'fr-CA'],
  MX: ['es-MX'],
  BR: ['pt-BR'],
  UK: ['en-GB'],
  DE: ['de-DE'],
  FR: ['fr-FR'],
  IT: ['it-IT'],
  ES: ['es-ES'],
  NL: ['nl-NL'],
  SE: ['sv-SE'],
  PL: ['pl-PL'],
  TR: ['tr-TR'],
  // The Gregorian calendar: Seller Central prints order dates in it, whatever the locale's default.
  AE: ['ar-AE-u-ca-gregory'],
  SA: ['ar-SA-u-ca-gregory'],
  IN: ['en-IN'],
  JP: ['ja-JP'],
  AU: ['en-AU'],
};

export const normalizeMonth = (word: string): string => word.normalize('NFKC').toLowerCase().replace(/\.$/, '');

const tables = new Map<string, Map<string, number>>();

/** Every month name `locale` prints, long and short, alone and inside a date, with its month (0–11). */
export function intlMonthNames(locale: string): [string, number][] {
  const out: [string, number][] = [];
  for (const style of ['long', 'short'] as const) {
    const alone = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
    const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: style, year: 'numeric', timeZone: 'UTC' });
    for (let month = 0; month < 12; month++) {
      const at = Date.UTC(2026, month, 19);
      out.push([alone.format(at), month]);
      for (const part of inDate.formatToParts(at)) if (part.type === 'month') out.push([part.value, month]);
    }
  }
  return out;
}

function table(locales: string[]): Map<string, number> {
  const names = new Map<string, number>();
  const clash = new Set<string>();
  const add = (name: string, month: number) => {
    const key = normalizeMonth(name);
    if (!/\p{L}/u.test(key)) return;
    if (names.has(key) && names.get(key) !== month) clash.add(key);
    names.set(key, month);
  };
  for (const locale of locales) for (const [name, month] of intlMonthNames(locale)) add(name, month);
  // A name two languages give to different months says nothing.
  for (const key of clash) names.delete(key);
  return names;
}

/** The month (0–11) a word names in this marketplace's languages; undefined when none, or not one only. */
export function monthNamed(word: string, marketplace: string, lang?: string): number | undefined {
  const locales = [...(LOCALES[marketplace] ?? []), 'en-US', ...(lang ? [lang] : [])];
  const key = locales.join();
  let names = tables.get(key);
  if (!names) {
    names = table(locales);
    tables.set(key, names);
  }
  const name = normalizeMonth(word);
  const exact = names.get(name);
  if (exact !== undefined) return exact;
  // Abbreviations Intl does not print ("Sept", "Dez"): the start of exactly one month's name.
  if (name.length < 3) return undefined;
  const months = new Set([...names].filter(([n]) => n.startsWith(name)).map(([, m]) => m));
  return months.size === 1 ? [...months][0] : undefined;
}
