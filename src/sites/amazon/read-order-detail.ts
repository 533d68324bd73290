// Order detail (/orders-v3/order/<id>) and the cancel page → the order in front of the seller.
import type { OrderItem, OrderSeen, PageKind, PageReading } from '../../core/types';
import { addressFingerprint } from '../address-fingerprint';
import { blockLines, clean, firstMatch, textOf } from '../dom-text';
import { parseSellerDate } from '../parse-date';
import { isShown, visibleText } from '../visible-text';
import { amazonMarketplace, amazonOrderIdFromUrl } from './detect';
import {
  ASIN_LABEL,
  BUYER_REQUEST_BANNER,
  CANCEL_REASON_LABEL,
  fulfilmentFromText,
  SKU_LABEL,
  statusFromText,
} from './labels';
import { DETAIL } from './selectors';

/** The quantity cell's index. Hidden columns (the gift column on .co.jp) have a heading but no cell. */
function quantityColumn(doc: Document): number {
  const heading = doc.querySelector(DETAIL.quantityHeading);
  if (!heading?.parentElement) return -1;
  return [...heading.parentElement.children]
    .filter((th) => !th.classList.contains(DETAIL.hiddenColumnClass))
    .indexOf(heading);
}

/** The one line of the quantity cell that is a number; undefined when there is none, or several. */
function quantityIn(cell: Element | undefined): number | undefined {
  const numbers = new Set(cell ? blockLines(cell).filter((l) => /^\d{1,5}$/.test(l)) : []);
  return numbers.size === 1 ? Number([...numbers][0]) : undefined;
}

/** The order's items; undefined when a quantity cell cannot be read (never a guessed 1). */
function readItems(doc: Document): OrderItem[] | undefined {
  const column = quantityColumn(doc);
  const items: OrderItem[] = [];
  for (const row of doc.querySelectorAll(DETAIL.itemsRow)) {
    const title = textOf(row, DETAIL.itemTitle);
    if (!title) continue;
    const codes = [...row.querySelectorAll(DETAIL.itemCodes)].map((c) => visibleText(c));
    // The quantity cell is found through its column heading, never a fixed position.
    const quantity = column >= 0 ? quantityIn(row.children[column]) : 1;
    if (quantity === undefined) return undefined;
    items.push({
      title,
      quantity,
      asin: firstMatch(codes, ASIN_LABEL),
      sku: firstMatch(codes, SKU_LABEL)?.slice(0, 100),
    });
  }
  return items;
}

function readCancelRequest(doc: Document): OrderSeen['cancelRequest'] {
  for (const el of doc.querySelectorAll(DETAIL.buyerCancel)) {
    if (!isShown(el, doc)) continue;
    const text = clean(
      `${el.getAttribute('header') ?? ''} ${el.getAttribute('description') ?? ''} ${visibleText(el, 2000)}`,
      2000,
    );
    if (el.matches('.buyer-requested-cancel') || BUYER_REQUEST_BANNER.test(text)) {
      return { viaPlatform: true, reason: firstMatch([...blockLines(el), text], CANCEL_REASON_LABEL)?.slice(0, 300) };
    }
  }
  return undefined;
}

function readStatus(doc: Document): OrderSeen['status'] {
  const statuses = [...doc.querySelectorAll(DETAIL.itemStatus)]
    .filter((s) => isShown(s, doc))
    .map((s) => statusFromText(visibleText(s)));
  if (statuses.length === 0) return 'unknown';
  // One open item keeps the order open: a partial cancellation is not a cancelled order.
  return statuses.find((s) => s !== 'cancelled') ?? 'cancelled';
}

export function readAmazonOrderPage(doc: Document, url: URL, page: PageKind): PageReading {
  const marketplace = amazonMarketplace(url);
  const base = { platform: 'amazon' as const, page, marketplace, url: url.href };
  const urlId = amazonOrderIdFromUrl(url);
  const id = textOf(doc, DETAIL.orderId, 64)?.match(/^#?\s*(\d{3}-\d{7}-\d{7})$/)?.[1];
  if (!id)
    return { ...base, ok: false, code: 'id-invalid', reason: 'order id [data-test-id=order-id-value] not found' };
  if (urlId && id !== urlId)
    return { ...base, ok: false, code: 'order-mismatch', reason: `page shows order ${id}, URL names ${urlId}` };
  const date = (selector: string) => {
    const text = textOf(doc, selector);
    return text ? parseSellerDate(text, marketplace) : undefined;
  };
  const items = readItems(doc);
  if (!items) return { ...base, ok: false, code: 'rows-unreadable', reason: 'an item quantity could not be read' };
  const order: OrderSeen = {
    platform: 'amazon',
    marketplace,
    id,
    orderedAt: date(DETAIL.purchaseDate),
    buyerName: textOf(doc, DETAIL.buyer, 200),
    items,
    status: readStatus(doc),
    fulfilment: fulfilmentFromText(textOf(doc, DETAIL.fulfilment) ?? ''),
    shipBy: date(DETAIL.shipBy),
    deliverBy: date(DETAIL.deliverBy),
    cancelRequest: readCancelRequest(doc),
    addressHash: addressFingerprint(textOf(doc, DETAIL.address, 1000)),
  };
  return { ...base, ok: true, orders: [order], metrics: [], focusOrderId: id, hasMessageBox: false };
}
