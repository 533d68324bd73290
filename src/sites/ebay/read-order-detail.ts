// The order page (/mesh/ord/details?…orderid=, and the older /sh/ord/details) → the order in front of
// the seller: its order-info pairs read by their labels, the order number checked against the URL,
// line items, what the buyer paid checked against the items, status (against the date paid) and
// ship-by date, the ship-to fingerprint, tracking (against the status), the delivery date, and the
// notices for a cancel request, an open request, return or case (after-sale-facts.ts). The page
// fills itself in after load (syndrax waits up to 10 s): until its order number is there it is "not
// ready", and the guard waits.
import type { OrderSeen, OrderStatus, PageReading } from '../../core/types';
import { failed } from '../page-type';
import { lineTexts } from '../visible-lines';
import { isShown } from '../visible-text';
import { EBAY_ORDER_ID, ebayOrderIdFromUrl } from './detect';
import { afterSaleFacts } from './after-sale-facts';
import { lineItems, notices, shipToFingerprint, trackingShown, type DetailItem } from './detail-parts';
import { INFO_LABELS, type InfoField } from './detail-words';
import { ebayDate, ebayDateAfter } from './ebay-dates';
import { ebayMoney, type Money } from './ebay-money';
import { readLabelledValues, valueOf } from './labelled-value';
import { isChallenge } from './list-words';
import { ebayMarketplaceOf } from './marketplaces';
import { DETAIL } from './selectors';
import { valueIn } from './sole-value';
import { readStatusLines } from './status-cell';

const TYPE = {
  platform: 'ebay',
  page: 'order-detail',
  marketplace: (url: URL) => ebayMarketplaceOf(url)?.code ?? 'US',
} as const;

const USER_ID = /^[\p{L}\p{N}._*-]{1,64}$/u;

function info(doc: Document, marketplace: string) {
  const root = doc.querySelector(DETAIL.info);
  if (!root) return undefined;
  const date = (t: string) => ebayDate(t, marketplace);
  const parse: Record<InfoField, (t: string) => unknown> = {
    orderNumber: (t) => (EBAY_ORDER_ID.test(t) ? t : undefined),
    sold: date,
    buyer: (t) => (USER_ID.test(t) ? t : undefined),
    paid: date,
  };
  const read = readLabelledValues(
    root,
    (Object.keys(INFO_LABELS) as InfoField[]).map((key) => ({ key, labels: INFO_LABELS[key], parse: parse[key] })),
  );
  return { read, get: <T>(key: InfoField) => valueOf<T>(read[key]) };
}

/** What the buyer paid, when the page's one figure for it agrees with the items' own totals. */
function orderTotal(doc: Document, items: DetailItem[], currency: string): Money | undefined {
  const paid = [...doc.querySelectorAll(DETAIL.buyerPaid)].filter((el) => isShown(el, doc.body));
  const total = paid.length === 1 ? valueIn(paid[0], (t) => ebayMoney(t, currency)) : undefined;
  if (!total) return undefined;
  const itemTotals = items.map((i) => i.total);
  if (itemTotals.every((t) => t !== undefined) && itemTotals.length) {
    const sum = itemTotals.reduce((s, t) => s + t.amount, 0);
    if (itemTotals.some((t) => t.currency !== total.currency) || Math.abs(sum - total.amount) > 0.005) return undefined;
  }
  return total;
}

/** "Awaiting payment" beside a date paid is a page we misread: the status is not known. */
const paidChecked = (status: OrderStatus, paidOn: number | undefined): OrderStatus =>
  status === 'unpaid' && paidOn !== undefined ? 'unknown' : status;

/** A tracking number on an order the page says is not shipped yet is not trusted either way. */
function tracking(doc: Document, status: OrderStatus): boolean | undefined {
  const shown = trackingShown(doc);
  return shown === true && (status === 'unshipped' || status === 'unpaid') ? undefined : shown;
}

export function readEbayOrderDetail(doc: Document, url: URL): PageReading {
  const site = ebayMarketplaceOf(url);
  const urlId = ebayOrderIdFromUrl(url);
  if (!site || !urlId) return failed(TYPE, url, 'id-invalid', 'the URL names no order');
  if (isChallenge(doc, url))
    return failed(TYPE, url, 'layout-unknown', "eBay's bot check is shown instead of the order");
  const pairs = info(doc, site.code);
  const id = pairs?.read.orderNumber;
  if (!pairs || !id || id.kind === 'absent' || id.kind === 'missing')
    return failed(TYPE, url, 'page-not-ready', 'no order number on the page (yet)');
  if (id.kind === 'ambiguous') return failed(TYPE, url, 'figures-disagree', id.detail);
  if (id.value !== urlId)
    return failed(TYPE, url, 'order-mismatch', `page shows ${String(id.value)}, URL names ${urlId}`);
  const items = lineItems(doc, site.currency);
  if (!items) return failed(TYPE, url, 'rows-unreadable', 'a line item title or quantity could not be read');
  const paidOn = pairs.get<number>('paid');
  // A sale paid before it was sold is two dates read from the wrong places.
  const soldOn = pairs.get<number>('sold');
  const sold = paidOn !== undefined && soldOn !== undefined && paidOn < soldOn ? undefined : soldOn;
  const statusEls = [...doc.querySelectorAll(DETAIL.status)].filter((el) => isShown(el, doc.body));
  const status = readStatusLines(statusEls.length === 1 ? lineTexts(statusEls[0]!) : []);
  const said = notices(doc);
  const total = orderTotal(doc, items, site.currency);
  const statusNow = paidChecked(status.status, paidOn);
  const order: OrderSeen = {
    platform: 'ebay',
    marketplace: site.code,
    id: urlId,
    orderedAt: sold,
    buyerId: pairs.get<string>('buyer'),
    items: items.map(({ title, quantity, sku, price, currency }) => ({ title, quantity, sku, price, currency })),
    status: statusNow,
    fulfilment: 'merchant',
    shipBy: status.shipBy && sold !== undefined ? ebayDateAfter(status.shipBy, site.code, sold) : undefined,
    total: total?.amount,
    currency: total?.currency,
    cancelRequest: said.cancelRequest || status.cancelRequested ? { viaPlatform: true } : undefined,
    addressHash: shipToFingerprint(doc),
    hasTracking: tracking(doc, statusNow),
    ...afterSaleFacts({ ...status, status: statusNow }, said.open, site.code, sold),
  };
  return { ...base(url, site.code), ok: true, orders: [order], metrics: [], focusOrderId: urlId, hasMessageBox: false };
}

function base(url: URL, marketplace: string) {
  return { platform: 'ebay' as const, page: 'order-detail' as const, marketplace, url: url.href };
}
