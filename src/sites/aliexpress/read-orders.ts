// AliExpress order list (m_apps and legacy) and order detail.
import type { OrderSeen, PageReading } from '../../core/types';
import { clean, textOf } from '../dom-text';
import { parseAmount } from '../parse-number';
import { parseSellerDate } from '../parse-date';
import { aliexpressStatus, CANCEL_REQUEST, DISPUTE_OPEN, REFUND_PENDING } from './labels';
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

function readNewRow(row: Element): OrderSeen | undefined {
  const id = textOf(row, NEW_LIST.orderId, 30)?.match(/\d{12,20}/)?.[0];
  if (!id) return undefined;
  const status = textOf(row, NEW_LIST.status) ?? '';
  const skus = [...row.querySelectorAll(NEW_LIST.skuValue)].map((s) => clean(s.textContent, 100));
  const title = textOf(row, NEW_LIST.itemTitle);
  const rowText = clean(row.textContent, 3000);
  return {
    platform: 'aliexpress',
    marketplace: 'GLOBAL',
    id,
    orderedAt: parseSellerDate(textOf(row, NEW_LIST.headerValue) ?? '', 'GLOBAL'),
    buyerName: textOf(row, NEW_LIST.buyer, 200),
    items: title ? [{ title, quantity: 1, sku: skus[1], price: parseAmount(textOf(row, NEW_LIST.unitFee) ?? '') }] : [],
    status: aliexpressStatus(status),
    fulfilment: 'merchant',
    total: parseAmount(textOf(row, NEW_LIST.total) ?? ''),
    cancelRequest: CANCEL_REQUEST.test(rowText) ? { viaPlatform: true } : undefined,
    ...afterSale(status),
  };
}

function readLegacyRow(row: Element): OrderSeen | undefined {
  const id = textOf(row, LEGACY_LIST.orderId, 30)?.match(/\d{12,20}/)?.[0];
  if (!id) return undefined;
  return {
    platform: 'aliexpress',
    marketplace: 'GLOBAL',
    id,
    buyerName: textOf(row, LEGACY_LIST.buyer, 200),
    items: [],
    status: aliexpressStatus(clean(row.textContent, 3000)),
    fulfilment: 'merchant',
  };
}

export function readAliExpressOrderList(doc: Document, url: URL): PageReading {
  const modern = [...doc.querySelectorAll(NEW_LIST.order)];
  const legacy = modern.length ? [] : [...doc.querySelectorAll(LEGACY_LIST.order)];
  const rows = modern.length ? modern : legacy;
  if (rows.length === 0) {
    return doc.querySelector(NEW_LIST.empty)
      ? { ...base(url, 'order-list'), ok: true, orders: [], metrics: [] }
      : { ...base(url, 'order-list'), ok: false, reason: 'no order rows and no empty-list state' };
  }
  const orders = rows.map(modern.length ? readNewRow : readLegacyRow).filter((o): o is OrderSeen => o !== undefined);
  if (orders.length !== rows.length)
    return { ...base(url, 'order-list'), ok: false, reason: `${rows.length - orders.length} rows without an order id` };
  return { ...base(url, 'order-list'), ok: true, orders, metrics: [] };
}

export function readAliExpressOrderDetail(doc: Document, url: URL): PageReading {
  const id = url.searchParams.get('orderId') ?? '';
  const status = textOf(doc, DETAIL.status);
  const title = textOf(doc, DETAIL.itemTitle);
  if (!status && !doc.querySelector(DETAIL.legacyItems))
    return { ...base(url, 'order-detail'), ok: false, reason: 'order status not found' };
  const recipient = [...doc.querySelectorAll(DETAIL.addressItem)].find((item) =>
    /收件人|recipient|contact name/i.test(clean(item.querySelector(DETAIL.addressLabel)?.textContent)),
  );
  const order: OrderSeen = {
    platform: 'aliexpress',
    marketplace: 'GLOBAL',
    id,
    buyerName: recipient ? textOf(recipient, DETAIL.addressValue, 200) : undefined,
    items: title ? [{ title, quantity: 1 }] : [],
    status: aliexpressStatus(status ?? clean(doc.body.textContent, 3000)),
    fulfilment: 'merchant',
    cancelRequest: CANCEL_REQUEST.test(clean(doc.body.textContent, 20_000)) ? { viaPlatform: true } : undefined,
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
