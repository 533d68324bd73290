// AliExpress order list (m_apps and legacy) and order detail, from visible text only.
import type { OrderSeen, PageReading } from '../../core/types';
import { blockLines, clean as tidy, textOf } from '../dom-text';
import { parseAmount } from '../parse-number';
import { parseSellerDate } from '../parse-date';
import { shownMatches } from '../shown-matches';
import { isCleanRegion, isShown, shownTextIn, visibleText } from '../visible-text';
import {
  ALIEXPRESS_ORDER_ID,
  aliexpressStatus,
  CANCEL_REQUEST,
  DISPUTE_OPEN,
  MAY_ASK_CANCEL,
  REFUND_PENDING,
  statusAmong,
} from './labels';
import { DETAIL, LEGACY_LIST, NEW_LIST } from './selectors';

const base = (url: URL, page: 'order-list' | 'order-detail') => ({
  platform: 'aliexpress' as const,
  page,
  marketplace: 'GLOBAL',
  url: url.href,
});

/**
 * Disputes and pending refunds, from the status text only (buyer-written text must not raise them).
 * `disputeOpen` is always said, so a dispute that closes is seen to close.
 */
function afterSale(status: string): Pick<OrderSeen, 'disputeOpen' | 'refund'> {
  return { disputeOpen: DISPUTE_OPEN.test(status), refund: REFUND_PENDING.test(status) ? 'requested' : undefined };
}

const orderId = (text: string | undefined) => (text && ALIEXPRESS_ORDER_ID.test(text) ? text : undefined);

/**
 * The SKU among the product's code values: the one that is not a "property: value" spec. Which
 * position it takes is not a promise; two that could be it leave it unknown. `clean`:
 * isCleanRegion(row), asked once for the row.
 */
function skuOf(row: Element, clean: boolean): string | undefined {
  let sku: string | undefined;
  for (const el of row.querySelectorAll(NEW_LIST.skuValue)) {
    if (!clean && !isShown(el, row)) continue;
    const value = clean ? tidy(el.textContent, 100) : visibleText(el, 100);
    if (!value || /[:：]/.test(value) || !/[A-Za-z0-9]/.test(value)) continue;
    if (sku !== undefined && sku !== value) return undefined;
    sku = value;
  }
  return sku;
}

/**
 * One order of the m_apps list. The row is checked once for anything that could hide (isCleanRegion),
 * and each of its eight figures is then read as that allows: asking each figure's text on its own
 * checked the whole row again every time (500 rows: 58 ms).
 */
function readNewRow(row: Element): OrderSeen | undefined {
  const clean = isCleanRegion(row);
  const text = (selector: string, max = 500) => shownTextIn(row, selector, max, clean);
  const id = orderId(text(NEW_LIST.orderId, 30));
  if (!id) return undefined;
  const status = text(NEW_LIST.status) ?? '';
  const title = text(NEW_LIST.itemTitle);
  return {
    platform: 'aliexpress',
    marketplace: 'GLOBAL',
    id,
    orderedAt: parseSellerDate(text(NEW_LIST.headerValue) ?? '', 'GLOBAL'),
    buyerName: text(NEW_LIST.buyer, 200),
    items: title
      ? [{ title, quantity: 1, sku: skuOf(row, clean), price: parseAmount(text(NEW_LIST.unitFee) ?? '') }]
      : [],
    status: aliexpressStatus(status),
    fulfilment: 'merchant',
    total: parseAmount(text(NEW_LIST.total) ?? ''),
    cancelRequest: asksToCancel(row, clean) ? { viaPlatform: true } : undefined,
    ...afterSale(status),
  };
}

/** Whether the row's shown text carries the buyer's cancellation request. */
function asksToCancel(row: Element, clean: boolean): boolean {
  if (!clean) return CANCEL_REQUEST.test(visibleText(row, 3000));
  const text = row.textContent ?? '';
  return MAY_ASK_CANCEL.test(text) && CANCEL_REQUEST.test(tidy(text, 3000));
}

function readLegacyRow(row: Element): OrderSeen | undefined {
  const id = orderId(textOf(row, LEGACY_LIST.orderId, 30));
  if (!id) return undefined;
  return {
    platform: 'aliexpress',
    marketplace: 'GLOBAL',
    id,
    buyerName: textOf(row, LEGACY_LIST.buyer, 200),
    items: [],
    // The legacy row has no status hook: the one line of the row that is a status word.
    status: statusAmong(blockLines(row)),
    fulfilment: 'merchant',
  };
}

export function readAliExpressOrderList(doc: Document, url: URL): PageReading {
  const shown = (selector: string) => shownMatches(doc, selector).shown;
  const modern = shown(NEW_LIST.order);
  const legacy = modern.length ? [] : shown(LEGACY_LIST.order);
  const rows = modern.length ? modern : legacy;
  if (rows.length === 0) {
    return shown(NEW_LIST.empty).length
      ? { ...base(url, 'order-list'), ok: true, orders: [], metrics: [] }
      : {
          ...base(url, 'order-list'),
          ok: false,
          code: 'page-not-ready',
          reason: 'no order rows and no empty-list state',
        };
  }
  const orders = rows.map(modern.length ? readNewRow : readLegacyRow).filter((o): o is OrderSeen => o !== undefined);
  if (orders.length !== rows.length)
    return {
      ...base(url, 'order-list'),
      ok: false,
      code: 'id-invalid',
      reason: `${rows.length - orders.length} rows without an order id`,
    };
  return { ...base(url, 'order-list'), ok: true, orders, metrics: [] };
}

export function readAliExpressOrderDetail(doc: Document, url: URL): PageReading {
  const id = url.searchParams.get('orderId') ?? '';
  if (!ALIEXPRESS_ORDER_ID.test(id))
    return { ...base(url, 'order-detail'), ok: false, code: 'id-invalid', reason: 'the URL names no order id' };
  const status = textOf(doc, DETAIL.status);
  const title = textOf(doc, DETAIL.itemTitle);
  if (!status && !doc.querySelector(DETAIL.legacyItems))
    return { ...base(url, 'order-detail'), ok: false, code: 'page-not-ready', reason: 'order status not found' };
  const recipient = [...doc.querySelectorAll(DETAIL.addressItem)].find(
    (item) => isShown(item, doc) && /收件人|recipient|contact name/i.test(textOf(item, DETAIL.addressLabel) ?? ''),
  );
  const order: OrderSeen = {
    platform: 'aliexpress',
    marketplace: 'GLOBAL',
    id,
    buyerName: recipient ? textOf(recipient, DETAIL.addressValue, 200) : undefined,
    items: title ? [{ title, quantity: 1 }] : [],
    // Without its status element the page's status is unknown: never guessed from the rest of the page.
    status: status ? aliexpressStatus(status) : 'unknown',
    fulfilment: 'merchant',
    cancelRequest: CANCEL_REQUEST.test(visibleText(doc.body, 20_000)) ? { viaPlatform: true } : undefined,
    ...afterSale(status ?? ''),
  };
  return {
    ...base(url, 'order-detail'),
    ok: true,
    orders: [order],
    metrics: [],
    focusOrderId: id,
    hasMessageBox: doc.querySelector(DETAIL.messageBox) !== null,
  };
}
