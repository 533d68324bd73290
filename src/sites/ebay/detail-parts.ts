// The parts of the order page besides its order-info pairs: line items, the ship-to fingerprint, the
// page notices, the tracking slot. Each read from what the seller sees.
import type { OrderItem } from '../../core/types';
import { addressFingerprint } from '../address-fingerprint';
import { isHiddenElement, isShown, visibleText } from '../visible-text';
import { afterSaleNotice, CANCEL_REQUEST_NOTICE, type AfterSale } from './after-sale-words';
import { NO_TRACKING, SKU_LABEL, TRACKING_NUMBER } from './detail-words';
import { ebayMoney, type Money } from './ebay-money';
import { DETAIL } from './selectors';
import { valueIn } from './sole-value';

const quantityOf = (text: string) => (/^\d{1,5}$/.test(text) ? Number(text) : undefined);
const itemIdOf = (text: string) => (/^\d{9,15}$/.test(text) ? text : undefined);
const skuOf = (text: string) => (SKU_LABEL.test(text) || text.length > 100 ? undefined : text);

function one(root: Element, selector: string): Element | undefined {
  const shown = [...root.querySelectorAll(selector)].filter((el) => isShown(el, root));
  return shown.length === 1 ? shown[0] : undefined;
}

export interface DetailItem extends OrderItem {
  itemId?: string;
  total?: Money;
}

/** The line items; undefined when a card's title or quantity cannot be read (never a guessed 1). */
export function lineItems(doc: Document, currency: string): DetailItem[] | undefined {
  const items: DetailItem[] = [];
  for (const card of doc.querySelectorAll(DETAIL.itemCard)) {
    if (!isShown(card, doc.body)) continue;
    const titleEl = one(card, DETAIL.itemTitle);
    const title = titleEl ? visibleText(titleEl) : '';
    const quantity = valueIn(one(card, DETAIL.itemQuantity), quantityOf);
    if (!title || quantity === undefined) return undefined;
    const price = valueIn(one(card, DETAIL.itemPrice), (t) => ebayMoney(t, currency));
    items.push({
      title,
      quantity,
      itemId: valueIn(one(card, DETAIL.itemId), itemIdOf),
      sku: valueIn(one(card, DETAIL.itemSku), skuOf),
      price: price?.amount,
      currency: price?.currency,
      total: valueIn(one(card, DETAIL.itemTotal), (t) => ebayMoney(t, currency)),
    });
  }
  return items;
}

const TOOLTIP = /^tooltip(?:__host)?$/;

/**
 * eBay Skin's tooltip wrapper and host (`.tooltip` > `button`) are the visible line itself; only the
 * overlay floats. Whatever else would hide them still does.
 */
function skinShown(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (!isHiddenElement(node)) continue;
    if (![...node.classList].some((c) => TOOLTIP.test(c))) return false;
    const bare = node.cloneNode(false) as Element;
    for (const c of [...bare.classList]) if (TOOLTIP.test(c)) bare.classList.remove(c);
    if (isHiddenElement(bare)) return false;
  }
  return true;
}

/**
 * The ship-to address as a fingerprint: its lines, each once and in any order (a line repeated or
 * moved is the same address), never the address itself.
 */
export function shipToFingerprint(doc: Document): string | undefined {
  const address = doc.querySelector(DETAIL.layout) ?? doc.body;
  const lines = new Set<string>();
  for (const button of address.querySelectorAll(DETAIL.addressLine))
    if (skinShown(button, address)) lines.add(visibleText(button, 200));
  lines.delete('');
  return lines.size ? addressFingerprint([...lines].sort().join('\n')) : undefined;
}

export interface Notices {
  cancelRequest: boolean;
  /** What the notices say is open: a request, a return, a case. */
  open: Set<AfterSale>;
}

export function notices(doc: Document): Notices {
  const texts = [...doc.querySelectorAll(DETAIL.notice)]
    .filter((n) => isShown(n, doc.body))
    .map((n) => visibleText(n, 1000));
  const open = new Set(texts.map(afterSaleNotice).filter((k) => k !== undefined));
  return { cancelRequest: texts.some((t) => CANCEL_REQUEST_NOTICE.test(t)), open };
}

/** Whether a tracking number is on the order: true, false ("No tracking number added"), or unknown. */
export function trackingShown(doc: Document): boolean | undefined {
  const slots = [...doc.querySelectorAll(DETAIL.tracking)].filter((t) => isShown(t, doc.body));
  if (slots.length === 0) return undefined;
  const number = slots.some((s) => valueIn(s, (t) => (TRACKING_NUMBER.test(t) ? t : undefined)) !== undefined);
  const none = slots.some((s) => NO_TRACKING.test(visibleText(s)));
  return number === none ? undefined : number;
}
