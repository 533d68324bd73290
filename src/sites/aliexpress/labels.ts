// AliExpress status texts in Chinese and English (seller-dom.md §5). A status is a line that
// starts with one of these words (a countdown may follow it); any other line is not a status, so
// a tooltip or a note that mentions "shipped" never makes an order shipped.
import type { OrderStatus } from '../../core/types';
import { normalizeLabel } from '../label-match';
import { memoByText } from '../memo-by-text';

export const STATUSES: [OrderStatus, RegExp][] = [
  ['unpaid', /^(?:等待(?:买家)?付款|awaiting payment)/],
  ['unshipped', /^(?:等待(?:仓库)?发货|awaiting (?:warehouse )?shipment|to be shipped)/],
  ['shipped', /^(?:等待买家收货|awaiting (?:buyer )?(?:receipt|delivery)|shipped)/],
  ['delivered', /^(?:交易成功|交易完成|completed|finished)/],
  ['cancelled', /^(?:已关闭|交易关闭|订单关闭|closed|cancell?ed)/],
];

/** Words after which a line is still only a status: nothing but a countdown or punctuation. */
const AFTER = /^[\s(（:：,，\d天小时分秒dayshrminleft.)）-]*$/;

function statusOfLine(text: string): OrderStatus {
  const line = normalizeLabel(text);
  for (const [status, pattern] of STATUSES) {
    const m = pattern.exec(line);
    if (m && AFTER.test(line.slice(m[0].length))) return status;
  }
  return 'unknown';
}

/**
 * The status a text says, each text worked out once: a list of hundreds of rows shows a handful of
 * status texts, and each one's normalising (NFKC, for the Chinese ones) was done again for every row.
 */
export const aliexpressStatus = memoByText(statusOfLine, 200);

/**
 * The one status among lines; `unknown` when none is, or two differ. Every line of a legacy row is
 * asked, names and titles among them, so none of them goes into the cache of status texts.
 */
export function statusAmong(lines: string[]): OrderStatus {
  const found = new Set(lines.map(statusOfLine).filter((s) => s !== 'unknown'));
  return found.size === 1 ? [...found][0]! : 'unknown';
}

/** An open dispute, and a refund under way, as the status or its note words them (unverified wording). */
export const DISPUTE_OPEN = /纠纷中|纠纷处理中|in dispute|dispute (?:opened|in progress)/i;
export const REFUND_PENDING = /退款中|等待退款|refund(?:ing| in progress| pending)/i;

/** A buyer's cancellation request shown on the order (unverified wording, both languages). */
export const CANCEL_REQUEST = /买家申请取消|申请取消订单|cancellation request|requested (?:to )?cancel/i;

/**
 * CANCEL_REQUEST with any run of whitespace where it has a space: true of a text whenever CANCEL_REQUEST
 * is true of its tidied form, so a row it is false of (nearly every row of a list) needs no tidying.
 */
export const MAY_ASK_CANCEL = new RegExp(CANCEL_REQUEST.source.replace(/ /g, '\\s+'), CANCEL_REQUEST.flags);

/** AliExpress order ids: 12 to 20 digits. */
export const ALIEXPRESS_ORDER_ID = /^\d{12,20}$/;
