// Order detail (/order/detail?order_no=…) → the order in front of the seller. Its facts come from the
// page's own order/get answer, which must be about the order the URL names; the page's shown status
// word must agree with the answer's codes (the detail page's markup is otherwise unknown, so there is
// no markup-only reading: without the answer the page is not read).
import { TIKTOK_ORDER_GET_PATH } from '../../page-world/tiktok-paths';
import type { PageJson } from '../page-json';
import { shownText } from '../visible-text';
import { visibleLines } from '../visible-lines';
import { tiktokOrderIdFromUrl } from './detect';
import { ordersOfAnswer } from './order-json';
import { combine } from './list-answer';
import type { TikTokOrdersReading } from './read-order-list';
import { DETAIL } from './selectors';
import { shownStatus } from './status-words';

export function readTikTokOrderDetail(doc: Document, url: URL, json?: PageJson): TikTokOrdersReading {
  const id = tiktokOrderIdFromUrl(url);
  if (!id) return { ok: false, code: 'id-invalid', reason: 'the URL names no 18-digit order_no' };
  const answer = json ? ordersOfAnswer(json.latest(TIKTOK_ORDER_GET_PATH), 'main_order') : undefined;
  if (answer === 'invalid')
    return { ok: false, code: 'page-data-invalid', reason: 'order/get answer does not hold together' };
  const own = answer?.find((o) => o.facts.id === id);
  if (!own) return { ok: false, code: 'page-not-ready', reason: `no order/get answer for order ${id} yet` };
  const shownId = shownText(doc.body ?? doc.documentElement, DETAIL.orderId, 40);
  if (shownId !== undefined && shownId !== id)
    return { ok: false, code: 'order-mismatch', reason: `the page shows order ${shownId}, the URL names ${id}` };
  const shown = visibleLines(doc.body ?? doc.documentElement)
    .map((l) => shownStatus(l.text))
    .filter((s) => s !== undefined);
  if (shownId === undefined && shown.length === 0)
    return { ok: false, code: 'page-not-ready', reason: 'the order is not drawn yet' };
  return { ok: true, orders: [combine(own, { shown })] };
}
