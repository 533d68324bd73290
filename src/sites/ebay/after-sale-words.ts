// eBay's words for what happens after the sale, per site language: "Delivered on …" in a status cell,
// and a return, a request or a case that is open as the order page's notices (the list's status
// lines for them are in after-sale-lines.ts, so the order page's guard does not carry them). The kinds follow eBay's help (a buyer opens a request or a return
// with the seller; it becomes a case once the buyer asks eBay to step in); where these words sit on
// the pages, and every language but English, are ASSUMED (not seen on a page). Notices are eBay's
// words about the order, never the buyer's: only their own text is matched.
import { normalizeLabel } from '../label-match';

export type AfterSale = 'request' | 'return' | 'case';

/** "Delivered on Nov 20": the delivery date follows these words (longest first, so "on" is no date). */
export const DELIVERED_ON = [
  'delivered on',
  'delivered',
  'zugestellt am',
  'livrée le',
  'livré le',
  'consegnato il',
  'entregado el',
]
  .map(normalizeLabel)
  .sort((a, b) => b.length - a.length);

/** A buyer's request to cancel through eBay's own flow, as an order-page notice words it. */
export const CANCEL_REQUEST_NOTICE =
  /buyer (?:asked|wants|has asked|requested) to cancel|cancellation request|käufer möchte diese bestellung abbrechen|abbruchanfrage|l['’]acheteur (?:souhaite|a demandé à) annuler|demande d['’]annulation|l['’]acquirente ha chiesto di annullare|richiesta di annullamento|el comprador (?:quiere|ha solicitado) cancelar|solicitud de cancelación/i;

/** A request with the seller: item not received, not as described (eBay has not stepped in). */
const REQUEST_NOTICE =
  /opened a request|item not received|not as described|hat eine anfrage gestellt|artikel nicht erhalten|a ouvert une demande|objet non reçu|ha aperto una richiesta|oggetto non ricevuto|ha abierto una solicitud|artículo no recibido/i;

/** A case: the buyer asked eBay to step in (Money Back Guarantee). */
const CASE_NOTICE =
  /opened a case|asked ebay to step in|hat einen fall eröffnet|ebay gebeten,? einzugreifen|a ouvert (?:un litige|une réclamation)|a demandé à ebay d['’]intervenir|ha aperto una controversia|ha chiesto a ebay di intervenire|ha abierto (?:un caso|una reclamación)|ha pedido a ebay que intervenga/i;

/** A return the buyer asked for. */
const RETURN_NOTICE =
  /requested a return|return request|rücknahmeanfrage|rückgabe angefragt|demande de retour|richiesta di restituzione|solicitud de devolución/i;

/** A notice about something already over: it says nothing is open. */
const CLOSED = /(?<!\p{L})(?:closed|geschlossen|abgeschlossen|fermée?|clos|chiusa?|cerrada?)(?!\p{L})/iu;

/** What one notice says is open: a case outranks the request it grew from. */
export function afterSaleNotice(text: string): AfterSale | undefined {
  if (CLOSED.test(text)) return undefined;
  if (CASE_NOTICE.test(text)) return 'case';
  if (REQUEST_NOTICE.test(text)) return 'request';
  return RETURN_NOTICE.test(text) ? 'return' : undefined;
}
