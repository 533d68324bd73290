// The orders list's own words per site language: column headings, "Results: a - b of N", the empty
// list and eBay's bot check. English from GLDN-Ops' live screenshot (E-01) and ebay.js; the other
// languages are ASSUMED (the fixtures say so). A wrong guess can only make a page unreadable.
import { asciiDigits, parseCount } from '../parse-number';
import { normalizeLabel } from '../label-match';
import { visibleText } from '../visible-text';

export type Column = 'quantity' | 'sold' | 'paid';

export const COLUMN_LABELS: Record<Column, readonly string[]> = {
  quantity: ['Quantity', 'Qty', 'Menge', 'Anzahl', 'Quantité', 'Quantità', 'Cantidad'],
  sold: [
    'Date sold',
    'Sale date',
    'Verkaufsdatum',
    'Verkauft am',
    'Date de vente',
    'Data di vendita',
    'Fecha de venta',
  ],
  paid: [
    'Date paid',
    'Paid date',
    'Zahlungsdatum',
    'Bezahlt am',
    'Date de paiement',
    'Data di pagamento',
    'Fecha de pago',
  ],
};

/** Column headings we do not read: they bound nothing, but must never be taken for ours. */
export const OTHER_COLUMNS = ['Subtotal', 'Total', 'Zwischensumme', 'Gesamt', 'Sous-total', 'Subtotale', 'Totale'];

const RESULTS =
  /^(?:results|ergebnisse|résultats|risultati|resultados)\s*:?\s*(\d+)\s*[-–]\s*(\d+)\s*(?:of|von|sur|di|de)\s*([\d.,]+)$/i;

/** "Results: 1 - 6 of 6" → how many rows this page shows and how many there are; the whole line only. */
export function resultsLine(text: string): { shown: number; total: number } | undefined {
  const m = RESULTS.exec(asciiDigits(text).replace(/\s+/g, ' ').trim());
  if (!m) return undefined;
  const [from, to, total] = [Number(m[1]), Number(m[2]), parseCount(m[3]!)];
  if (total === undefined || to < from || to > total) return undefined;
  return { shown: to === 0 ? 0 : to - from + 1, total };
}

const EMPTY = [
  "We didn't find any results",
  'Wir haben keine Ergebnisse gefunden',
  'Aucun résultat',
  'Non abbiamo trovato risultati',
  'No hemos encontrado resultados',
].map(normalizeLabel);

/** The list's "no results" sentence. */
export function isEmptyLine(text: string): boolean {
  const line = normalizeLabel(text);
  return EMPTY.some((e) => line.startsWith(e));
}

const CHALLENGE = ['Pardon our interruption', 'Entschuldigen Sie die Unterbrechung'].map(normalizeLabel);

/** eBay's bot check in place of a Seller Hub page (GLDN-Ops): nothing on it is the seller's. */
export function isChallenge(doc: Document, url: URL): boolean {
  if (/captcha|challenge|splashui/i.test(url.pathname)) return true;
  const heading = normalizeLabel(visibleText(doc.querySelector('h1')));
  return CHALLENGE.some((c) => heading.startsWith(c));
}
