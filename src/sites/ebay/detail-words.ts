// The order page's own words per site language: the labels of its order-info pairs and what its page
// notices say. English labels follow syndrax-sync's map (seller-dom.md §6: order number first, date
// paid fourth); the notices' wording and every other language are ASSUMED (not seen on a page).
// Notices are eBay's words about the order, never the buyer's: only their own text is matched.

export type InfoField = 'orderNumber' | 'sold' | 'buyer' | 'paid';

export const INFO_LABELS: Record<InfoField, readonly string[]> = {
  orderNumber: [
    'Order number',
    'Order no.',
    'Bestellnummer',
    'Numéro de commande',
    'Numero ordine',
    'Número de pedido',
  ],
  sold: ['Date sold', 'Sale date', 'Verkaufsdatum', 'Date de vente', 'Data di vendita', 'Fecha de venta'],
  buyer: ['Buyer', 'Käufer', 'Acheteur', 'Acquirente', 'Comprador'],
  paid: ['Date paid', 'Paid on', 'Zahlungsdatum', 'Date de paiement', 'Data di pagamento', 'Fecha de pago'],
};

/** The SKU's own label beside its value (syndrax: "Custom label (SKU):"). */
export const SKU_LABEL =
  /^(?:custom label \(sku\)|bestandseinheit \(sku\)|étiquette personnalisée \(sku\)|etichetta personalizzata \(sku\)|etiqueta personalizada \(sku\)|sku)\s*:?$/i;

/** A buyer's request to cancel through eBay's own flow, as an order-page notice words it. */
export const CANCEL_REQUEST_NOTICE =
  /buyer (?:asked|wants|has asked|requested) to cancel|cancellation request|käufer möchte diese bestellung abbrechen|abbruchanfrage|l['’]acheteur (?:souhaite|a demandé à) annuler|demande d['’]annulation|l['’]acquirente ha chiesto di annullare|richiesta di annullamento|el comprador (?:quiere|ha solicitado) cancelar|solicitud de cancelación/i;

/** An open request or case with eBay: item not received, not as described (Money Back Guarantee). */
export const CASE_NOTICE =
  /opened a (?:request|case)|item not received|not as described|hat eine anfrage gestellt|fall eröffnet|artikel nicht erhalten|a ouvert une (?:demande|réclamation)|objet non reçu|ha aperto una (?:richiesta|controversia)|oggetto non ricevuto|ha abierto una (?:solicitud|reclamación)|artículo no recibido/i;

/** A return the buyer asked for. */
export const RETURN_NOTICE =
  /requested a return|return request|rücknahmeanfrage|rückgabe angefragt|demande de retour|richiesta di restituzione|solicitud de devolución/i;

/** The tracking slot when no number was added ("No tracking number added"). */
export const NO_TRACKING =
  /^(?:no tracking|keine sendungsnummer|aucun numéro de suivi|nessun numero di tracciabilità|ningún número de seguimiento)/i;

/** A tracking number as carriers print them: letters and digits, no spaces. */
export const TRACKING_NUMBER = /^[A-Z0-9]{8,40}$/i;
