// The order page's own words per site language: the labels of its order-info pairs, the SKU and the
// tracking slot (its notices are in after-sale-words.ts). English labels follow syndrax-sync's map
// (seller-dom.md §6: order number first, date paid fourth); every other language is ASSUMED.

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

/** The tracking slot when no number was added ("No tracking number added"). */
export const NO_TRACKING =
  /^(?:no tracking|keine sendungsnummer|aucun numéro de suivi|nessun numero di tracciabilità|ningún número de seguimiento)/i;

/** A tracking number as carriers print them: letters and digits, no spaces. */
export const TRACKING_NUMBER = /^[A-Z0-9]{8,40}$/i;
