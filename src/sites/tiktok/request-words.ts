// The tag a row of the orders list shows while a buyer's cancellation request waits for the seller:
// the markup-only reading of that request. Brazil's list names the request "Cancelamento solicitado"
// on its top card (id70972444068); that a row carries the same words as a line of its own, and the
// English and Spanish wording, are ASSUMED. A line that is nothing but one of these is the tag; a
// wording we lack only leaves the request unread, never read into another order.
import { normalizeLabel } from '../label-match';

const WORDS = new Set(
  ['Cancellation requested', 'Cancelamento solicitado', 'Cancelación solicitada'].map(normalizeLabel),
);

/** Where the tag may be: a cell whose raw text holds its words anywhere. */
export const MAY_SHOW_REQUEST = /cancel\S*\s*(?:requested|solicitad[oa])/i;

/** True for a line that is the request's tag, undefined for any other. */
export const shownRequest = (line: string): true | undefined =>
  line.length <= 40 && WORDS.has(normalizeLabel(line)) ? true : undefined;
