// AliExpress status texts in Chinese and English (seller-dom.md §5).
import type { OrderStatus } from '../../core/types';

const STATUSES: [OrderStatus, RegExp][] = [
  ['unpaid', /等待付款|awaiting payment/i],
  ['unshipped', /等待(?:仓库)?发货|awaiting (?:warehouse )?shipment|to be shipped/i],
  ['shipped', /等待买家收货|awaiting (?:buyer )?(?:receipt|delivery)|shipped/i],
  ['delivered', /交易成功|completed|finished/i],
  ['cancelled', /已关闭|交易关闭|closed|cancel+ed/i],
];

export function aliexpressStatus(text: string): OrderStatus {
  return STATUSES.find(([, re]) => re.test(text))?.[0] ?? 'unknown';
}

/** An open dispute, and a refund under way, as the status or its note words them (unverified wording). */
export const DISPUTE_OPEN = /纠纷中|纠纷处理中|in dispute|dispute (?:opened|in progress)/i;
export const REFUND_PENDING = /退款中|等待退款|refund(?:ing| in progress| pending)/i;

/** A buyer's cancellation request shown on the order (unverified wording, both languages). */
export const CANCEL_REQUEST = /买家申请取消|申请取消订单|cancellation request|requested (?:to )?cancel/i;
