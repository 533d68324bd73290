// The cancellation pages' words: Cancel Details' labels and headlines (Invsto's fixture id70858917790,
// a 2026 note quoting a real page id70639077962) and the request rows of Seller Hub's list
// (seller-dom-wave2.md §1.3: "Respond by", "Reason:"). English only is known; the rest is ASSUMED.
import { normalizeLabel } from '../label-match';

export type CancelField = 'cancelId' | 'itemId' | 'orderNumber' | 'buyer' | 'reason' | 'refund' | 'respondBy';

export const CANCEL_LABELS: Record<CancelField, readonly string[]> = {
  cancelId: ['Cancel ID', 'Cancellation ID', 'Abbruch-ID', "ID d'annulation", 'ID annullamento', 'ID de cancelación'],
  itemId: ['Item ID', 'Item number', 'Artikelnummer', "Numéro de l'objet", 'Numero oggetto', 'Número de artículo'],
  orderNumber: ['Order number', 'Bestellnummer', 'Numéro de commande', 'Numero ordine', 'Número de pedido'],
  buyer: ['Buyer', 'Käufer', 'Acheteur', 'Acquirente', 'Comprador'],
  reason: ['Reason', 'Cancellation reason', 'Grund', 'Motif', 'Motivo'],
  refund: ['Total refund', 'Gesamterstattung', 'Remboursement total', 'Rimborso totale', 'Reembolso total'],
  respondBy: ['Respond by', 'Antworten bis', 'Répondre avant le', 'Rispondi entro il', 'Responder antes del'],
};

/** Lines of Cancel Details we do not read: they bound the regions of those we do. */
export const OTHER_CANCEL_LABELS = ['Fee credit', 'Amount you owe', 'Requested', 'Cancel requested on'];

const CLOSED = [
  'This order is canceled',
  'This order is cancelled',
  'Diese Bestellung wurde storniert',
  'Cette commande est annulée',
  'Questo ordine è stato annullato',
  'Este pedido se ha cancelado',
].map(normalizeLabel);
const PENDING = [
  'The buyer wants to cancel this order',
  'The buyer has asked to cancel this order',
  'Der Käufer möchte diese Bestellung abbrechen',
  "L'acheteur souhaite annuler cette commande",
  "L'acquirente vuole annullare questo ordine",
  'El comprador quiere cancelar este pedido',
].map(normalizeLabel);

/** A Cancel Details headline: the cancellation closed, or waiting for the seller; undefined for any other line. */
export function cancelHeadline(text: string): 'closed' | 'pending' | undefined {
  const line = normalizeLabel(text).replace(/[.!]$/, '');
  return CLOSED.includes(line) ? 'closed' : PENDING.includes(line) ? 'pending' : undefined;
}

/**
 * Reasons eBay records when the buyer asked (their own request, or the seller's reason
 * BuyerCancelOrder, "Buyer asked to cancel"): such a cancellation is no defect. Any other reason
 * (out of stock, an address problem, one we do not know) is left to count, the side that warns.
 */
const BUYER_REASONS = [
  'Buyer asked to cancel',
  'Buyer asked to cancel the order',
  'Buyer requested cancellation',
  'Ordered by mistake',
  'I ordered by mistake',
  'Wrong payment information',
  'Wrong shipping address',
  'Found a better price',
  'No longer need the item',
  'Ordered the wrong item',
  'Käufer hat um Abbruch gebeten',
  "L'acheteur a demandé l'annulation",
  "L'acquirente ha chiesto l'annullamento",
  'El comprador ha pedido la cancelación',
].map(normalizeLabel);

export function isBuyerReason(reason: string): boolean {
  return BUYER_REASONS.includes(normalizeLabel(reason).replace(/[.!]$/, ''));
}
