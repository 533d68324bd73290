// The words Seller Central prints, per language, mapped to what they mean. Matching is on
// lower-cased text that starts with (or contains, for banners) one of these.
import type { Fulfilment, OrderStatus } from '../../core/types';
import { clean } from '../dom-text';
import { memoByText } from '../memo-by-text';

export const STATUS_WORDS: [OrderStatus, string[]][] = [
  [
    'cancelled',
    [
      'canceled',
      'cancelled',
      'storniert',
      'annulé',
      'annullato',
      'cancelado',
      'cancelada',
      'geannuleerd',
      'avbruten',
      'anulowane',
      'iptal',
      'キャンセル',
    ],
  ],
  [
    'unshipped',
    [
      'unshipped',
      'nicht versandt',
      'non expédié',
      'non spedito',
      'no enviado',
      'não enviado',
      'niet verzonden',
      'ej skickad',
      'niewysłane',
      'gönderilmedi',
      '未出荷',
    ],
  ],
  [
    'unpaid',
    [
      'pending',
      'ausstehend',
      'en attente',
      'in sospeso',
      'pendiente',
      'pendente',
      'in behandeling',
      'väntande',
      'oczekujące',
      'beklemede',
      '保留中',
    ],
  ],
  [
    'delivered',
    [
      'delivered',
      'zugestellt',
      'livré',
      'consegnato',
      'entregado',
      'entregue',
      'bezorgd',
      'levererad',
      'dostarczone',
      'teslim edildi',
      '配達済み',
    ],
  ],
  [
    'shipped',
    [
      'shipped',
      'versandt',
      'expédié',
      'spedito',
      'enviado',
      'verzonden',
      'skickad',
      'wysłane',
      'gönderildi',
      '出荷済み',
    ],
  ],
];

/** `text` tidied (statusFromText does it). */
function statusOf(text: string): OrderStatus {
  const t = text.toLowerCase();
  // "Unshipped" contains "shipped": the first list that matches wins, so negatives come first.
  for (const [status, words] of STATUS_WORDS) if (words.some((w) => t.startsWith(w))) return status;
  return 'unknown';
}

/**
 * The status a text says, tidied or as the page has it (whitespace collapsed here, so a list can look
 * up each cell's text as it stands and tidy only the few distinct ones). Each text is worked out once;
 * untidied texts are unbounded, so only status-sized ones are kept.
 */
export const statusFromText = memoByText((text) => statusOf(clean(text)), 500);

export const AMAZON_FULFILLED = /\b(amazon|fba)\b|amazonによる|versand durch amazon|expédié par amazon/i;
export const SELLER_FULFILLED =
  /\b(seller|merchant|verkäufer|vendeur|venditore|vendedor|verkoper|säljare|sprzedawca|satıcı)\b|出品者|mfn/i;

export function fulfilmentFromText(text: string): Fulfilment {
  if (AMAZON_FULFILLED.test(text)) return 'platform';
  if (SELLER_FULFILLED.test(text)) return 'merchant';
  return 'unknown';
}

export const QUANTITY_LABEL =
  /(?:quantity|menge|quantité|quantità|cantidad|quantidade|hoeveelheid|antal|ilość|miktar|数量)\s*[:：]\s*(\d+)/i;
export const ASIN_LABEL = /ASIN\s*[:：]\s*([A-Z0-9]{10})(?![A-Za-z0-9])/i;
export const SKU_LABEL = /SKU\s*[:：]\s*(\S+)/i;
export const SUBTOTAL_LABEL = /(?:item subtotal|zwischensumme|sous-total|subtotale|subtotal|小計)[^:：]*[:：]\s*(.+)/i;
export const SHIP_BY_LABEL =
  /(?:ship by date|versand bis|expédier avant|spedire entro|enviar antes|enviar até|verzenden vóór|出荷期限)[^:：]*[:：]\s*(.+)/i;
export const CANCEL_REASON_LABEL =
  /(?:cancellation reason|stornierungsgrund|motif d'annulation|motivo (?:della )?cancellazione|motivo de (?:la )?cancelación|motivo do cancelamento|キャンセル理由)\s*[:：]\s*(.+)/i;

/** Amazon's official request banner: "The buyer has requested that this order be cancelled." */
export const BUYER_REQUEST_BANNER =
  /buyer has requested that this order be cancel|käufer hat die stornierung dieser bestellung beantragt|l'acheteur a demandé l'annulation|l'acquirente ha richiesto la cancellazione|el comprador ha solicitado la cancelación|o comprador solicitou o cancelamento|購入者がこの注文のキャンセルをリクエスト/i;
