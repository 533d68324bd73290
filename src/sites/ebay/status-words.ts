// The words Seller Hub writes for an order's state, per site language, and what they mean. English
// is from public code and live screenshots (Invsto id70149526599: "Ship by …", "Shipping overdue",
// "cancel requested"; id55078847188: the UK's "Awaiting dispatch"); every other language is ASSUMED
// (eBay's usual translations, not seen on a page). A status is a whole line: a tooltip or a note
// that mentions "shipped" never makes an order shipped, and an unknown word is `unknown`, never a guess.
import type { OrderStatus } from '../../core/types';
import { normalizeLabel } from '../label-match';
import { DELIVERED_ON } from './after-sale-words';
import { ebayDate, ebayDayMonth } from './ebay-dates';

/** "Ship by Nov 21": the deadline follows these words. */
export const SHIP_BY = [
  'ship by',
  'dispatch by',
  'post by',
  'versand bis',
  'versenden bis',
  'expédier avant le',
  'expédier avant',
  'expédier d’ici le',
  'spedisci entro il',
  'spedisci entro',
  'enviar antes del',
  'enviar antes de',
].map(normalizeLabel);

const LINES: [OrderStatus | 'overdue', string[]][] = [
  [
    'overdue',
    [
      'shipping overdue',
      'dispatch overdue',
      'versand überfällig',
      'expédition en retard',
      'spedizione in ritardo',
      'envío con retraso',
    ],
  ],
  [
    'unshipped',
    [
      'awaiting shipment',
      'awaiting dispatch',
      'versand ausstehend',
      "en attente d'expédition",
      'in attesa di spedizione',
      'pendiente de envío',
    ],
  ],
  [
    'unpaid',
    [
      'awaiting payment',
      'zahlung ausstehend',
      'paiement en attente',
      'en attente de paiement',
      'in attesa di pagamento',
      'pendiente de pago',
    ],
  ],
  [
    'shipped',
    ['shipped', 'dispatched', 'posted', 'versandt', 'verschickt', 'expédiée', 'expédié', 'spedito', 'enviado'],
  ],
  ['delivered', ['delivered', 'zugestellt', 'livrée', 'livré', 'consegnato', 'entregado']],
  ['cancelled', ['canceled', 'cancelled', 'storniert', 'abgebrochen', 'annulée', 'annulé', 'annullato', 'cancelado']],
];

/** The line under the status that says the buyer asked to cancel through eBay. */
const CANCEL_REQUESTED = [
  'cancel requested',
  'cancellation requested',
  'abbruch angefragt',
  'stornierung angefragt',
  'annulation demandée',
  'annullamento richiesto',
  'cancelación solicitada',
].map(normalizeLabel);

const BY_LINE = new Map(LINES.flatMap(([status, words]) => words.map((w) => [normalizeLabel(w), status] as const)));

export type StatusLine =
  | { kind: 'status'; status: OrderStatus; overdue?: true }
  | { kind: 'ship-by'; date: string }
  | { kind: 'cancel-requested' }
  | { kind: 'delivered-on'; date: string };

/** A list repeats a handful of status lines hundreds of times: each is worked out once. */
const known = new Map<string, StatusLine | null>();

/** What one whole line of a status cell says; undefined when it is no status line. */
export function statusLine(text: string): StatusLine | undefined {
  let said = known.get(text);
  if (said === undefined) {
    said = lineMeaning(text) ?? null;
    if (known.size < 300) known.set(text, said);
  }
  return said ?? undefined;
}

/** The date after a prefix, in the page's own letters: the rest of the line after the prefix's words. */
const after = (text: string, prefix: string) => text.trim().split(/\s+/).slice(prefix.split(' ').length).join(' ');

function lineMeaning(text: string): StatusLine | undefined {
  const line = normalizeLabel(text);
  if (CANCEL_REQUESTED.includes(line)) return { kind: 'cancel-requested' };
  const word = BY_LINE.get(line);
  if (word === 'overdue') return { kind: 'status', status: 'unshipped', overdue: true };
  if (word) return { kind: 'status', status: word };
  const prefix = SHIP_BY.find((p) => line.startsWith(`${p} `));
  if (prefix) return { kind: 'ship-by', date: after(text, prefix) };
  const delivered = DELIVERED_ON.find((p) => line.startsWith(`${p} `));
  const date = delivered && after(text, delivered);
  // "Delivered late" is no delivery date: only a date after the words makes the line say one.
  const isDate = date && (ebayDayMonth(date) ?? ebayDate(date, 'US') ?? ebayDate(date, 'UK')) !== undefined;
  return isDate ? { kind: 'delivered-on', date } : undefined;
}
