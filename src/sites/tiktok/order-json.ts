// The orders of the seller centre's own order/list (`data.main_orders[]`) and order/get
// (`data.main_order[]`) answers, field by field (src/sites/tiktok/README.md; Copiloto's anonymized
// Brazilian capture id71368354414). Every field is checked; one order that does not look right makes
// the whole answer unusable, and the page is then read from its markup alone. Item prices are left
// out: Brazil's list writes them with the buyer's shipping added (id70972444068).
import { TIKTOK_ORDER_ID } from './detect';
import { arr, dataOf, epochMs, money, obj, text, whole, type Json } from './json-fields';
import { reverseFacts, type ReverseFacts } from './reverse';
import type { TikTokItem, TikTokOrder } from './tiktok-order';

/** What the JSON says of one order; its status is decided with the page's shown words. */
export interface JsonOrder {
  facts: Omit<TikTokOrder, 'status' | 'cancelRequest' | 'cancelledBy'>;
  mainCodes: number[];
  displayCodes: number[];
  reverse: ReverseFacts;
}

/** `fulfillment_type`: 0 shipped by the seller (every Brazilian order seen), 1 Fulfilled by TikTok (ASSUMED). */
const FBT: Readonly<Record<number, boolean>> = { 0: false, 1: true };

function items(module: unknown): TikTokItem[] | undefined {
  const list = arr(module);
  if (!list?.length) return undefined;
  const out: TikTokItem[] = [];
  for (const raw of list) {
    const sku = obj(raw);
    const title = text(sku?.product_name);
    const quantity = whole(sku?.quantity);
    if (!sku || !title || !quantity) return undefined;
    const sellerSku = text(sku.seller_sku_name, 100);
    out.push(sellerSku ? { title, quantity, sellerSku } : { title, quantity });
  }
  return out;
}

function codes(module: unknown): { main: number[]; display: number[] } | undefined {
  const lines = arr(module)?.map(obj);
  if (!lines?.length || lines.some((l) => !l || whole(l.main_order_status) === undefined)) return undefined;
  return {
    main: lines.map((l) => whole(l!.main_order_status)!),
    display: lines.flatMap((l) => (l!.sku_display_status === undefined ? [] : [whole(l!.sku_display_status) ?? -1])),
  };
}

/** The auto-cancel deadline: the US names it `ship_…`, Brazil `collection_…`; both at once must agree. */
function deadline(trade: Json): number | undefined | 'invalid' {
  const times = [trade.ship_cancellation_plan_time, trade.collection_cancellation_plan_time]
    .map(epochMs)
    .filter((t) => t !== undefined);
  return times.length === 2 && times[0] !== times[1] ? 'invalid' : times[0];
}

function order(raw: unknown): JsonOrder | undefined {
  const o = obj(raw);
  const trade = obj(o?.trade_order_module);
  const id = typeof o?.main_order_id === 'string' ? o.main_order_id : '';
  if (!o || !trade || !TIKTOK_ORDER_ID.test(id) || (trade.main_order_id ?? id) !== id) return undefined;
  const status = codes(o.order_status_module);
  const lines = items(o.sku_module);
  const autoCancelAt = deadline(trade);
  if (!status || !lines || autoCancelAt === 'invalid') return undefined;
  const total = money(obj(o.price_module)?.grand_total);
  // Set one by one, not through a helper: this runs for every order of a 500-order answer.
  const facts: JsonOrder['facts'] = { id };
  const buyer = text(obj(o.buyer_info_module)?.buyer_nickname, 200);
  if (buyer) facts.buyerNickname = buyer;
  facts.items = lines;
  if (total) Object.assign(facts, { total: total.amount, currency: total.currency });
  const createdAt = epochMs(trade.create_time);
  if (createdAt) facts.createdAt = createdAt;
  if (autoCancelAt) facts.autoCancelAt = autoCancelAt;
  const shipBy = epochMs(trade.latest_rts_time);
  if (shipBy) facts.shipBy = shipBy;
  const fbt = FBT[whole(trade.fulfillment_type) ?? -1];
  if (fbt !== undefined) facts.fbt = fbt;
  return {
    facts,
    mainCodes: status.main,
    displayCodes: status.display,
    reverse: reverseFacts(o.reverse_module),
  };
}

type Parsed = JsonOrder[] | 'invalid' | undefined;

/** Each answer is read once: the page is read again on every change while the answer stays the same. */
const parsedAnswers = { main_orders: new WeakMap<object, Parsed>(), main_order: new WeakMap<object, Parsed>() };

/**
 * The orders of an order/list or order/get answer: undefined when `body` is not a successful answer
 * of that kind, 'invalid' when any of its orders does not hold together.
 */
export function ordersOfAnswer(body: unknown, key: 'main_orders' | 'main_order'): Parsed {
  if (typeof body !== 'object' || body === null) return undefined;
  const cache = parsedAnswers[key];
  if (!cache.has(body)) cache.set(body, parse(body, key));
  return cache.get(body);
}

function parse(body: object, key: 'main_orders' | 'main_order'): Parsed {
  const list = arr(dataOf(body)?.[key]);
  if (!list) return undefined;
  const orders: JsonOrder[] = [];
  for (const raw of list) {
    const parsed = order(raw);
    if (!parsed) return 'invalid';
    orders.push(parsed);
  }
  return new Set(orders.map((o) => o.facts.id)).size === orders.length ? orders : 'invalid';
}
