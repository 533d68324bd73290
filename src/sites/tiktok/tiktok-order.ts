// One TikTok Shop order as our readers understand it: the facts the seller centre states, in the
// centre's own terms, before they become an OrderSeen (./to-order-seen.ts). Times are epoch ms.
import type { OrderStatus } from '../../core/types';

export interface TikTokItem {
  title: string;
  quantity: number;
  sellerSku?: string;
}

export type CancelledBy = 'platform' | 'buyer' | 'seller';

export interface TikTokOrder {
  id: string;
  /** From the status codes read together with the shown status text; any pair we cannot explain is 'unknown'. */
  status: OrderStatus;
  buyerNickname?: string;
  items?: TikTokItem[];
  total?: number;
  currency?: string;
  createdAt?: number;
  /** TikTok cancels the order by itself at this time unless it is ready to ship (the auto-cancel deadline). */
  autoCancelAt?: number;
  /** Ship-by (`latest_rts_time`). */
  shipBy?: number;
  /** Fulfilled by TikTok (true) or by the seller (false); absent when the page does not say which. */
  fbt?: boolean;
  /** The buyer's cancellation request, still waiting for the seller; approved by itself at `autoApproveAt`. */
  cancelRequest?: { reason?: string; autoApproveAt?: number };
  /** On a cancelled order: who cancelled it, as the centre records it. */
  cancelledBy?: CancelledBy;
  /** A return or refund request the seller has not closed yet. */
  afterSaleOpen?: 'refund' | 'return';
}
