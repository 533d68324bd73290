// Etsy's mission-control order JSON (seller-dom.md §4) → OrderSeen. Times are Unix seconds,
// money in cents. Every field is checked: the state is page data, not a contract.
import { addressFingerprint } from '../address-fingerprint';
import type { OrderSeen, OrderStatus } from '../../core/types';
import { clean } from '../dom-text';

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

function statusOf(order: Json, states: unknown[]): OrderStatus {
  const stateId = num(order['order_state_id']);
  const state = obj(order['order_state']) ?? obj(states.find((s) => num(obj(s)?.['order_state_id']) === stateId));
  const name = `${str(state?.['state_type']) ?? ''} ${str(state?.['name']) ?? ''}`.toLowerCase();
  if (
    /cancel/.test(name) ||
    (obj(order['payment'])?.['is_fully_refunded'] === true && !obj(order['fulfillment'])?.['actual_ship_date'])
  )
    return 'cancelled';
  if (/complete|shipped|delivered/.test(name) || num(obj(order['fulfillment'])?.['actual_ship_date'])) return 'shipped';
  if (/unpaid|not paid/.test(name)) return 'unpaid';
  if (/new|open|progress|processing/.test(name)) return 'unshipped';
  return 'unknown';
}

export function etsyOrderFromState(raw: unknown, buyers: unknown[], states: unknown[]): OrderSeen | undefined {
  const order = obj(raw);
  const id = str(order?.['order_id'], 30);
  if (!order || !id || !/^\d+$/.test(id)) return undefined;
  const buyerId = num(order['buyer_id']);
  const buyer = obj(buyers.find((b) => num(obj(b)?.['buyer_id']) === buyerId));
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
