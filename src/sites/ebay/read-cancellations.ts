// The cancellation pages → the orders they are about, with the buyer's request. Cancel Details
// (/Cancel/Details?cancelId=, ?itemId=&transId=, /cmr/…) is one cancellation: closed with a refund,
// or waiting for the seller's answer. Seller Hub's list (/sh/ord/cancellations) is the requests
// waiting for an answer. Both known only as text: every value is read by its label, once (Cancel
// Details writes each twice, a screen-reader copy and a visible one), and checked for its form.
import type { OrderSeen, PageReading } from '../../core/types';
import { failed } from '../page-type';
import { visibleLines } from '../visible-lines';
import { isShown } from '../visible-text';
import { CANCEL_LABELS, cancelHeadline, isBuyerReason, OTHER_CANCEL_LABELS, type CancelField } from './cancel-words';
import { EBAY_ORDER_ID, ebayCancelIdFromUrl } from './detect';
import { ebayDateNear } from './ebay-dates';
import { ebayMoney } from './ebay-money';
import { readLabelledValues, valueOf, type ValueReading } from './labelled-value';
import { isChallenge, isEmptyLine } from './list-words';
import { ebayMarketplaceOf } from './marketplaces';
import { CANCELS } from './selectors';

const TYPE = {
  platform: 'ebay',
  page: 'cancel',
  marketplace: (url: URL) => ebayMarketplaceOf(url)?.code ?? 'US',
} as const;

const USER_ID = /^[\p{L}\p{N}._*-]{1,64}$/u;

function fields(root: Element, url: URL, now: number): Record<CancelField, ValueReading> {
  const site = ebayMarketplaceOf(url)!;
  const parse: Record<CancelField, (t: string) => unknown> = {
    cancelId: (t) => (/^\d{6,15}$/.test(t) ? t : undefined),
    itemId: (t) => (/^\d{9,15}$/.test(t) ? t : undefined),
    orderNumber: (t) => (EBAY_ORDER_ID.test(t) ? t : undefined),
    buyer: (t) => (USER_ID.test(t) ? t : undefined),
    // A reason is words, not a figure: a line with a digit, a colon or brackets is something else.
    reason: (t) => (t.length <= 200 && /\p{L}{3}/u.test(t) && !/[\d:：()]/.test(t) ? t : undefined),
    refund: (t) => ebayMoney(t, site.currency),
    respondBy: (t) => ebayDateNear(t, site.code, now),
  };
  const keys = Object.keys(CANCEL_LABELS) as CancelField[];
  return readLabelledValues(
    root,
    keys.map((key) => ({ key, labels: CANCEL_LABELS[key], parse: parse[key], bare: key === 'respondBy' })),
    OTHER_CANCEL_LABELS,
  );
}

function orderOf(
  marketplace: string,
  id: string,
  buyer: string | undefined,
  reason: string | undefined,
  closed: boolean,
): OrderSeen {
  // A closed cancellation eBay recorded for a reason of the buyer's is no defect; any other still counts.
  const asked = !closed || (reason !== undefined && isBuyerReason(reason));
  return {
    platform: 'ebay',
    marketplace,
    id,
    buyerId: buyer,
    items: [],
    status: closed ? 'cancelled' : 'unknown',
    fulfilment: 'merchant',
    cancelRequest: asked ? { viaPlatform: true, reason } : undefined,
    refund: closed ? 'full' : undefined,
  };
}

export function readEbayCancelDetails(doc: Document, url: URL, now: number = Date.now()): PageReading {
  const site = ebayMarketplaceOf(url);
  if (!site || !doc.body) return failed(TYPE, url, 'layout-unknown', 'not an eBay page we read');
  if (isChallenge(doc, url))
    return failed(TYPE, url, 'layout-unknown', "eBay's bot check is shown instead of the page");
  const heads = new Set(
    visibleLines(doc.body)
      .map((l) => cancelHeadline(l.text))
      .filter((h) => h !== undefined),
  );
  if (heads.size !== 1)
    return failed(TYPE, url, heads.size ? 'status-unknown' : 'page-not-ready', 'no single Cancel Details headline');
  const closed = heads.has('closed');
  const f = fields(doc.body, url, now);
  const id = valueOf<string>(f.orderNumber);
  if (!id)
    return failed(TYPE, url, f.orderNumber.kind === 'ambiguous' ? 'figures-disagree' : 'id-invalid', 'no order number');
  const itemId = valueOf<string>(f.itemId);
  const urlItem = url.searchParams.get('itemId');
  const urlCancel = ebayCancelIdFromUrl(url);
  const pageCancel = valueOf<string>(f.cancelId);
  if ((urlItem && itemId && urlItem !== itemId) || (urlCancel && pageCancel && urlCancel !== pageCancel))
    return failed(TYPE, url, 'order-mismatch', 'the page is about another item or cancellation than its URL');
  // Closed with a refund, or waiting for an answer: the page's figures must say the same as its headline.
  if (closed !== (f.refund.kind === 'value') || closed === (f.respondBy.kind === 'value'))
    return failed(TYPE, url, 'status-unknown', 'the headline and the refund or deadline disagree');
  const reason = valueOf<string>(f.reason);
  // A closed cancellation's reason decides whether it counts: without it, nothing is said.
  if (closed && !reason) return failed(TYPE, url, 'figure-missing', 'the reason of a closed cancellation');
  const order = orderOf(site.code, id, valueOf(f.buyer), reason, closed);
  return { ...base(url, site.code), ok: true, orders: [order], metrics: [], focusOrderId: id };
}

export function readEbayCancellations(doc: Document, url: URL, now: number = Date.now()): PageReading {
  const site = ebayMarketplaceOf(url);
  if (!site || !doc.body) return failed(TYPE, url, 'layout-unknown', 'not an eBay page we read');
  if (isChallenge(doc, url))
    return failed(TYPE, url, 'layout-unknown', "eBay's bot check is shown instead of the list");
  const rows = [...doc.querySelectorAll(CANCELS.request)].filter((r) => isShown(r, doc.body));
  if (rows.length === 0) {
    const empty = visibleLines(doc.body).some((l) => isEmptyLine(l.text));
    if (empty) return { ...base(url, site.code), ok: true, orders: [], metrics: [] };
    return failed(TYPE, url, 'page-not-ready', 'no request rows and no empty-list sentence yet');
  }
  const orders: OrderSeen[] = [];
  for (const row of rows) {
    const f = fields(row, url, now);
    const id = valueOf<string>(f.orderNumber);
    if (!id || f.respondBy.kind !== 'value')
      return failed(TYPE, url, 'rows-unreadable', 'a request row without its order number or deadline');
    orders.push(orderOf(site.code, id, valueOf(f.buyer), valueOf(f.reason), false));
  }
  return { ...base(url, site.code), ok: true, orders, metrics: [] };
}

function base(url: URL, marketplace: string) {
  return { platform: 'ebay' as const, page: 'cancel' as const, marketplace, url: url.href };
}
