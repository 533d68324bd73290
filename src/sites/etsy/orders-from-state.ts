// Etsy's mission-control order JSON (seller-dom.md §4) → OrderSeen. Times are Unix seconds,
// money in cents. Every field is checked: the state is page data, not a contract.
import { addressFingerprint } from '../address-fingerprint';
import type { OrderSeen, OrderStatus } from '../../core/types';
import { clean } from '../dom-text';

/** Etsy receipt ids: digits only. */
export const ETSY_ORDER_ID = /^\d{5,15}$/;

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown, max = 500): string | undefined =>
  typeof v === 'string' && v.trim() ? clean(v, max) : typeof v === 'number' ? String(v) : undefined;
const seconds = (v: unknown): number | undefined => {
  const n = num(v);
  return n && n > 0 ? n * 1000 : undefined;
};

export interface EtsyOrdersSearch {
  orders: unknown[];
  buyers: unknown[];
  states: unknown[];
}

/** Where the list lives inside Etsy.Context; undefined when the shape is not the one we know. */
export function ordersSearch(context: unknown): EtsyOrdersSearch | undefined {
  const data = obj(obj(context)?.['data']);
  const search = obj(obj(obj(data?.['initial_data'])?.['orders'])?.['orders_search']);
  if (!search || !Array.isArray(search['orders'])) return undefined;
  return { orders: search['orders'], buyers: arr(search['buyers']), states: arr(data?.['order_states']) };
}

/**
 * Etsy's state types, and the built-in state names in English (a shop's own states carry the type
 * of the step they stand for). Anything else is `unknown`: a shop may call a state anything.
 */
export const STATE_WORDS: [OrderStatus, RegExp][] = [
  ['cancelled', /^(?:canceled|cancelled)$/],
  ['shipped', /^(?:completed?|shipped|delivered)$/],
  ['unpaid', /^(?:unpaid|not paid)$/],
  ['unshipped', /^(?:new|open|in progress|processing)$/],
];

const statusOfWord = (word: string | undefined): OrderStatus | undefined =>
  word ? STATE_WORDS.find(([, re]) => re.test(word.toLowerCase()))?.[0] : undefined;

function statusOf(order: Json, states: unknown[]): OrderStatus {
  const stateId = num(order['order_state_id']);
  const state = obj(order['order_state']) ?? obj(states.find((s) => num(obj(s)?.['order_state_id']) === stateId));
  const named = statusOfWord(str(state?.['state_type'])) ?? statusOfWord(str(state?.['name']));
  const shippedAt = num(obj(order['fulfillment'])?.['actual_ship_date']);
  if (named === 'cancelled' || (obj(order['payment'])?.['is_fully_refunded'] === true && !shippedAt))
    return 'cancelled';
  if (named === 'shipped' || shippedAt) return 'shipped';
  return named ?? 'unknown';
}

/**
 * The first buyer of each id, found once for the list: a search of the buyers per order grew with the
 * square of the list (500 orders from 500 buyers: 125,000 comparisons).
 */
export function buyersById(buyers: unknown[]): Map<number, Json> {
  const byId = new Map<number, Json>();
  for (const buyer of buyers) {
    const id = num(obj(buyer)?.['buyer_id']);
    if (id !== undefined && !byId.has(id)) byId.set(id, obj(buyer)!);
  }
  return byId;
}

export function etsyOrderFromState(
  raw: unknown,
  buyers: ReadonlyMap<number, Json>,
  states: unknown[],
): OrderSeen | undefined {
  const order = obj(raw);
  const id = str(order?.['order_id'], 30);
  if (!order || !id || !ETSY_ORDER_ID.test(id)) return undefined;
  const buyerId = num(order['buyer_id']);
  const buyer = buyerId === undefined ? undefined : buyers.get(buyerId);
  const fulfillment = obj(order['fulfillment']);
  const payment = obj(order['payment']);
  const total = obj(obj(payment?.['cost_breakdown'])?.['total_cost']);
  const address = obj(fulfillment?.['to_address']);
  return {
    platform: 'etsy',
    marketplace: 'GLOBAL',
    id,
    orderedAt: seconds(order['order_date']),
    buyerName: str(buyer?.['name'], 200) ?? str(buyer?.['username'], 200),
    buyerId: buyerId !== undefined ? String(buyerId) : undefined,
    items: arr(order['transactions']).flatMap((t) => {
      const product = obj(obj(t)?.['product']);
      const title = str(product?.['title']);
      return title
        ? [{ title, quantity: num(obj(t)?.['quantity']) ?? 1, sku: str(product?.['product_identifier'], 100) }]
        : [];
    }),
    status: statusOf(order, states),
    fulfilment: 'merchant',
    shipBy: seconds(fulfillment?.['expected_ship_date']),
    buyerNote: str(obj(order['notes'])?.['note_from_buyer'], 2000),
    total: num(total?.['value']) !== undefined ? num(total?.['value'])! / 100 : undefined,
    currency: str(total?.['currency_code'], 10),
    refund: payment?.['is_fully_refunded'] === true ? 'full' : undefined,
    addressHash: address
      ? addressFingerprint(
          ['first_line', 'second_line', 'city', 'state', 'zip', 'country'].map((k) => str(address[k]) ?? '').join(' '),
        )
      : undefined,
  };
}
