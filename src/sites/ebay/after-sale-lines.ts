// The orders list's status lines for a return, a request or a case that is open, per site language,
// as whole lines (a tooltip or note that mentions a case is none). ASSUMED wording: where eBay's list
// says these is not known. Only the list's guard carries them; the order page has its notices.
import { normalizeLabel } from '../label-match';
import type { AfterSale } from './after-sale-words';

const LINES: [AfterSale, string[]][] = [
  [
    'return',
    [
      'return requested',
      'return open',
      'rückgabe angefragt',
      'rücknahme angefragt',
      'retour demandé',
      'retour ouvert',
      'reso richiesto',
      'devolución solicitada',
    ],
  ],
  [
    'request',
    [
      'request open',
      'item not received request',
      'anfrage offen',
      'demande ouverte',
      'richiesta aperta',
      'solicitud abierta',
    ],
  ],
  [
    'case',
    [
      'case open',
      'case opened',
      'fall eröffnet',
      'fall offen',
      'litige ouvert',
      'réclamation ouverte',
      'caso aperto',
      'controversia aperta',
      'caso abierto',
    ],
  ],
];

const BY_LINE = new Map(LINES.flatMap(([kind, words]) => words.map((w) => [normalizeLabel(w), kind] as const)));

/** A list repeats a handful of status lines hundreds of times: each is worked out once. */
const known = new Map<string, AfterSale | null>();

/** What a whole status line says is open after the sale; undefined for any other line. */
export function afterSaleLine(text: string): AfterSale | undefined {
  let kind = known.get(text);
  if (kind === undefined) {
    kind = BY_LINE.get(normalizeLabel(text)) ?? null;
    if (known.size < 300) known.set(text, kind);
  }
  return kind ?? undefined;
}
