// The order page (/mesh/ord/details?…orderid=, and the older /sh/ord/details) → the order in front of
// the seller: its order-info pairs read by their labels, the order number checked against the URL,
// line items, what the buyer paid checked against the items, status and ship-by date, the ship-to
// fingerprint, and the notices for a cancel request, an open request or case, a return. The page
// fills itself in after load (syndrax waits up to 10 s): until its order number is there it is "not
// ready", and the guard waits.
import type { OrderSeen, PageReading } from '../../core/types';
import { failed } from '../page-type';
import { lineTexts } from '../visible-lines';
import { isShown } from '../visible-text';
import { EBAY_ORDER_ID, ebayOrderIdFromUrl } from './detect';
import { lineItems, notices, shipToFingerprint, type DetailItem } from './detail-parts';
import { INFO_LABELS, type InfoField } from './detail-words';
import { ebayDate, ebayDateAfter } from './ebay-dates';
import { ebayMoney, type Money } from './ebay-money';
import { readLabelledValues, valueOf } from './labelled-value';
import { isChallenge } from './list-words';
import { ebayMarketplaceOf } from './marketplaces';
import { DETAIL } from './selectors';
import { valueIn } from './sole-value';
import { readStatusLines } from './status-words';

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
  const soldOn = pairs.get<number>('sold');
  const paidOn = pairs.get<number>('paid');
  const statusEls = [...doc.querySelectorAll(DETAIL.status)].filter((el) => isShown(el, doc.body));
  const status = readStatusLines(statusEls.length === 1 ? lineTexts(statusEls[0]!) : []);
  const said = notices(doc);
  const total = orderTotal(doc, items, site.currency);
  const order: OrderSeen = {
    platform: 'ebay',
    marketplace: site.code,
    id: urlId,
    // A sale paid before it was sold is two dates read from the wrong places.
    orderedAt: paidOn !== undefined && soldOn !== undefined && paidOn < soldOn ? undefined : soldOn,
    buyerId: pairs.get<string>('buyer'),
    items: items.map(({ title, quantity, sku, price, currency }) => ({ title, quantity, sku, price, currency })),
    status: status.status,
    fulfilment: 'merchant',
    shipBy: status.shipBy && soldOn !== undefined ? ebayDateAfter(status.shipBy, site.code, soldOn) : undefined,
    total: total?.amount,
    currency: total?.currency,
    cancelRequest: said.cancelRequest || status.cancelRequested ? { viaPlatform: true } : undefined,
    returnRequested: said.returnRequested || undefined,
    disputeOpen: said.caseOpen,
    addressHash: shipToFingerprint(doc),
  };
  return { ...base(url, site.code), ok: true, orders: [order], metrics: [], focusOrderId: urlId, hasMessageBox: false };
}

function base(url: URL, marketplace: string) {
  return { platform: 'ebay' as const, page: 'order-detail' as const, marketplace, url: url.href };
}
