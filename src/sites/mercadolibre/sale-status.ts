// A sale's status headline in the sales list, in Portuguese and Spanish. A headline is a line that IS
// one of these (a countdown or a description sits on a line of its own); anything else is not a
// status, and a card with none, or with two that differ, reads `unknown`. Seen in public captures:
// BR "Nova venda", "A enviar", "Pronto para enviar" (id52452431010), "Devolução finalizada com
// reembolso para o comprador" (id69793272916), "Processando no centro de distribuição" (Full; see
// PLATFORM_SHIPS); MX "Procesando en la bodega", "En camino",
// "Entregado", "Cancelado" (id58324639087). The others are the same words' usual forms.
import type { Fulfilment, OrderSeen, OrderStatus } from '../../core/types';
import { normalizeLabel } from '../label-match';

/**
 * Headlines that say Mercado Libre's own warehouse has the sale (Mercado Envíos Full): Mexico's
 * "Procesando en la bodega" (id58324639087 reads it off the list of a Full seller; id51836977208
 * shows it for `logistic_type: fulfillment` where others read "Listo para despachar"), and Brazil's
 * "Processando no centro de distribuição" (no capture of the list: three public codebases that
 * mirror the sales panel give it for a Full sale in the warehouse, id63191475714, id60645450475,
 * id52493736694). The list's "Full" badge was not found: any other sale stays `unknown`, never `seller`.
 */
const WAREHOUSE = ['procesando en la bodega', 'processando no centro de distribuição'];

/** [status, phrases (regular-expression source, lower case), whether a phrase only opens the headline]. */
const PHRASES: [OrderStatus | 'claim', string[], boolean][] = [
  [
    'unshipped',
    ['nova venda', 'a enviar', 'pront[oa]s? para enviar', 'para preparar', 'etiqueta pronta para imprimir'],
    false,
  ],
  ['unshipped', ['venta nueva', 'nueva venta', 'list[oa]s? para (?:enviar|despachar)'], false],
  // Still to ship, in Mercado Libre's own warehouse (PLATFORM_SHIPS).
  ['unshipped', WAREHOUSE, false],
  ['shipped', ['em trânsito', 'a caminho', 'enviad[oa]', 'en camino', 'en tránsito'], false],
  ['delivered', ['entregue', 'venda entregue', 'entregad[oa]', 'venta entregada'], false],
  // After delivery: a return, however it ended, was of a delivered sale.
  [
    'delivered',
    ['devolução (?:em andamento|em caminho|finalizada)', 'devolución (?:en curso|en camino|finalizada)'],
    true,
  ],
  ['cancelled', ['venda cancelada', 'cancelad[oa]', 'venta cancelada'], false],
  // An open claim or mediation (unverified wording: it can only fail to match).
  [
    'claim',
    [
      'reclamação aberta',
      'reclamo abierto',
      'em mediação',
      'en mediación',
      'mediação em andamento',
      'mediación en curso',
    ],
    false,
  ],
];

const STATUSES = PHRASES.map(
  ([status, phrases, opens]) =>
    [status, new RegExp(`^(?:${phrases.join('|')})${opens ? '(?!\\p{L})' : '$'}`, 'u')] as const,
);

/** Lower case, single spaces; NFKC only where a combining mark could hide a letter (it is costly on 500 cards). */
const plain = (text: string) =>
  (/[\u0300-\u036f\uff00-\uffef]/.test(text)
    ? normalizeLabel(text)
    : text.toLowerCase().replace(/\s+/g, ' ').trim()
  ).replace(/[.!]$/, '');

const PLATFORM_SHIPS = new RegExp(`^(?:${WAREHOUSE.join('|')})$`);

/** Who ships the sale, as its status headline says: Mercado Libre (Full), or not said. */
export const fulfilmentOf = (headline: string | undefined): Fulfilment =>
  headline !== undefined && PLATFORM_SHIPS.test(plain(headline)) ? 'platform' : 'unknown';

/** What a headline line says: a status, an open claim, or nothing we know. */
function headlineOf(line: string): OrderStatus | 'claim' | undefined {
  const text = plain(line);
  return STATUSES.find(([, pattern]) => pattern.test(text))?.[0];
}

/** The status a line states, if it is a status line. */
export function statusOfLine(line: string): OrderStatus | undefined {
  const said = headlineOf(line);
  return said === 'claim' ? undefined : said;
}

/** Whether a text is a headline we read: a status, or an open claim. */
export const isHeadline = (text: string): boolean => headlineOf(text) !== undefined;

/** The one status among a card's headlines; `unknown` when none is, or two differ. */
export function statusAmong(texts: string[]): { status: OrderStatus; headline?: string } {
  const found = texts.flatMap((text) => {
    const status = statusOfLine(text);
    return status ? [{ status, headline: text }] : [];
  });
  const statuses = new Set(found.map((f) => f.status));
  return statuses.size === 1 ? found[0]! : { status: 'unknown' };
}

/**
 * What a card's texts say besides the status: a return, the buyer's money back (both from the status
 * headline), an open claim (a headline of its own). Only what is said: nothing here says "no".
 */
export function afterSale(
  texts: string[],
  headline: string | undefined,
): Pick<OrderSeen, 'refund' | 'returnRequested' | 'disputeOpen'> {
  const text = headline ? plain(headline) : '';
  return {
    refund: /com reembolso para o comprador|con reembolso al comprador/.test(text) ? 'full' : undefined,
    returnRequested: /^(?:devolução|devolución)\b/.test(text) ? true : undefined,
    disputeOpen: texts.some((t) => headlineOf(t) === 'claim') ? true : undefined,
  };
}
