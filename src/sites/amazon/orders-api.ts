// Seller Central's own order search response (GET /orders-api/search, seller-dom.md §1a), as the
// page world hands it over: `{orders: [...], total}`. Only the fields we use are read, each checked;
// an order that does not look right is left out, and its row is then read from the markup.
import type { OrderItem, OrderSeen, PageReadingOk } from '../../core/types';
import { clean } from '../dom-text';

/** What the JSON adds to a row: the fields the markup spreads over several cells. */
export interface ApiOrder {
  orderedAt?: number;
  shipBy?: number;
  deliverBy?: number;
  items: OrderItem[];
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The API writes times as epoch seconds with a fraction. */
function epochMs(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) && x > 946_684_800 && x < 4_102_444_800
    ? Math.round(x * 1000)
    : undefined;
}

function amount(x: unknown): number | undefined {
  const n = typeof x === 'number' ? x : typeof x === 'string' ? Number(x) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

function item(x: unknown): OrderItem | undefined {
  if (!isObject(x) || typeof x.productName !== 'string') return undefined;
  const quantity =
    typeof x.quantityOrdered === 'number' && Number.isInteger(x.quantityOrdered) && x.quantityOrdered > 0
      ? x.quantityOrdered
      : 1;
  const unit = isObject(x.unitPrice) ? x.unitPrice : {};
  const price = amount(unit.Amount);
  const currency =
    typeof unit.CurrencyCode === 'string' && /^[A-Z]{3}$/.test(unit.CurrencyCode) ? unit.CurrencyCode : undefined;
  const asin = typeof x.productLink === 'string' ? /\/dp\/([A-Z0-9]{10})\b/.exec(x.productLink)?.[1] : undefined;
  return {
    title: clean(x.productName, 500),
    quantity,
    asin,
    sku: typeof x.sellerSku === 'string' ? clean(x.sellerSku, 100) : undefined,
    // The markup shows the line's subtotal; the API a unit price. Keep the reading the same either way.
    price: price === undefined ? undefined : Math.round(price * quantity * 100) / 100,
    currency,
  };
}

/** Orders of the newest search response by id; empty when the response is not one. */
export function ordersFromSearch(body: unknown): Map<string, ApiOrder> {
  const out = new Map<string, ApiOrder>();
  if (!isObject(body) || !Array.isArray(body.orders)) return out;
  for (const order of body.orders) {
    if (!isObject(order) || typeof order.amazonOrderId !== 'string' || !Array.isArray(order.orderItems)) continue;
    const items = order.orderItems.map(item);
    if (items.length === 0 || items.some((i) => i === undefined)) continue;
    out.set(order.amazonOrderId, {
      orderedAt: epochMs(order.orderDate),
      shipBy: epochMs(order.latestShipDate),
      deliverBy: epochMs(order.earliestDeliveryDate),
      items: items as OrderItem[],
    });
  }
  return out;
}

/** What the answer says of one order, put on the order its row gave. */
export function fillFromApi(order: OrderSeen, api: ApiOrder): void {
  order.orderedAt = api.orderedAt;
  order.items = api.items;
  order.shipBy = api.shipBy;
  order.deliverBy = api.deliverBy;
}

/**
 * The background's half of a list fed by this answer (the page read only its rows, off the page's
 * thread being the point): each row's order completed from the answer. Undefined when the answer
 * does not describe every row on screen: one from another tab or page, or one that left rows out,
 * would mix two pages' data, and the page then reads its cells instead.
 */
export function completeFromSearch(reading: PageReadingOk, body: unknown): PageReadingOk | undefined {
  const api = ordersFromSearch(body);
  if (!reading.orders.every((o) => api.has(o.id))) return undefined;
  const orders = reading.orders.map((o) => ({ ...o }));
  for (const order of orders) fillFromApi(order, api.get(order.id)!);
  return { ...reading, orders };
}
