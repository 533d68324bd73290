// Month names in the five languages eBay's sites are written in, as one table: eBay prints dates in
// a handful of forms, and a list of hundreds of rows must not wait for the browser's date data to
// load (the first Intl date formatter in a page costs tens of milliseconds). The table is checked
// against Intl's own long and short names in every one of these languages
// (test/sites/ebay/ebay-months.test.ts).

const MONTHS: readonly string[][] = [
  ['jan', 'january', 'januar', 'janv', 'janvier', 'gen', 'gennaio', 'ene', 'enero'],
  ['feb', 'february', 'februar', 'févr', 'février', 'febbraio', 'febrero'],
  ['mar', 'march', 'mär', 'märz', 'mars', 'marzo'],
  ['apr', 'april', 'avr', 'avril', 'aprile', 'abr', 'abril'],
  ['may', 'mai', 'mag', 'maggio', 'mayo'],
  ['jun', 'june', 'juni', 'juin', 'giu', 'giugno', 'junio'],
  ['jul', 'july', 'juli', 'juil', 'juillet', 'lug', 'luglio', 'julio'],
  ['aug', 'august', 'août', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'septembre', 'set', 'settembre', 'septiembre'],
  ['oct', 'october', 'okt', 'oktober', 'octobre', 'ott', 'ottobre', 'octubre'],
  ['nov', 'november', 'novembre', 'noviembre'],
  ['dec', 'december', 'dez', 'dezember', 'déc', 'décembre', 'dic', 'dicembre', 'diciembre'],
];

const BY_NAME = new Map(MONTHS.flatMap((names, month) => names.map((n) => [n, month] as const)));

/** The month (0–11) a word names ("Nov", "nov.", "März", "août"); undefined for any other word. */
export function ebayMonth(word: string): number | undefined {
  return BY_NAME.get(word.normalize('NFC').toLowerCase().replace(/\.$/, ''));
}
