// `reverse_module[]`: the order's cancellations, refunds and returns (seller-dom-wave2.md §3.1).
// Codes follow TikTok's legacy reverse API where Copiloto's adapter confirms them (id70901687110:
// `reverse_type` 2 refund only, `reverse_status` 100 complete): type 1 cancel, 4 buyer's cancel
// request, 3 return and refund; status 1 waiting for the seller. `reverse_from` 3 with "Cancelado
// por TikTok" in the anonymized Brazilian capture (id71368354414); 1 buyer and 2 seller ASSUMED.
// A state we cannot place is left out (no request, no return), never guessed.
import type { CancelledBy } from './tiktok-order';
import { arr, defined, epochMs, obj, text, whole } from './json-fields';

const CANCEL_TYPES = new Set([1, 4]);
const AFTER_SALE_TYPES: Readonly<Record<number, 'refund' | 'return'>> = { 2: 'refund', 3: 'return' };
const AWAITING_SELLER = 1;
const COMPLETE = 100;
const FROM: Readonly<Record<number, CancelledBy>> = { 1: 'buyer', 2: 'seller', 3: 'platform' };

/** Who the centre's own reminder line says cancelled ("Cancelado por TikTok"), where it says so. */
const REMINDER_BY: [RegExp, CancelledBy][] = [
  [/^(?:cancell?ed|cancelado|cancelada) (?:by|por|pela?) tiktok/i, 'platform'],
  [/^(?:cancell?ed|cancelado|cancelada) (?:by|por|pelo|pela?) (?:the )?(?:buyer|comprador|customer|cliente)/i, 'buyer'],
  [/^(?:cancell?ed|cancelado|cancelada) (?:by|por|pelo|pela?) (?:the )?(?:seller|vendedor|vendedora)/i, 'seller'],
];

export interface ReverseFacts {
  /** A buyer's cancellation request waiting for the seller. */
  request?: { reason?: string; autoApproveAt?: number };
  /** Who a completed cancellation came from. */
  cancelledBy?: CancelledBy;
  afterSaleOpen?: 'refund' | 'return';
}

function reminderBy(entry: Record<string, unknown>): CancelledBy | undefined {
  const items = arr(obj(entry.reverse_reminder)?.items) ?? [];
  const said = new Set(
    items.flatMap((i) => {
      const line = text(obj(i)?.message_content, 200) ?? '';
      const hit = REMINDER_BY.find(([pattern]) => pattern.test(line));
      return hit ? [hit[1]] : [];
    }),
  );
  return said.size === 1 ? [...said][0] : undefined;
}

/** One distinct value, or undefined when there is none or several disagree. */
function single<T>(values: T[]): T | undefined {
  const distinct = [...new Set(values.map((v) => JSON.stringify(v)))];
  return distinct.length === 1 ? values[0] : undefined;
}

export function reverseFacts(module: unknown): ReverseFacts {
  const requests: NonNullable<ReverseFacts['request']>[] = [];
  const cancellers: (CancelledBy | undefined)[] = [];
  const afterSale: ('refund' | 'return')[] = [];
  for (const raw of arr(module) ?? []) {
    const entry = obj(raw);
    if (!entry) continue;
    const type = whole(entry.reverse_type);
    const status = whole(entry.reverse_status);
    const from = FROM[whole(entry.reverse_from) ?? -1];
    if (type !== undefined && CANCEL_TYPES.has(type)) {
      if (status === AWAITING_SELLER && from === 'buyer')
        requests.push({
          reason: text(entry.reverse_reason, 300),
          autoApproveAt: epochMs(entry.seller_auto_approve_time),
        });
      if (status === COMPLETE) {
        // The reminder, where it names who cancelled, must agree with `reverse_from`.
        const said = reminderBy(entry);
        cancellers.push(said === undefined || said === from ? from : undefined);
      }
    } else if (type !== undefined && AFTER_SALE_TYPES[type] && status === AWAITING_SELLER) {
      afterSale.push(AFTER_SALE_TYPES[type]);
    }
  }
  const request = single(requests);
  const cancelledBy = cancellers.includes(undefined) ? undefined : single(cancellers);
  const open = afterSale.includes('return') ? 'return' : afterSale.length ? 'refund' : undefined;
  return {
    ...(request ? { request: defined(request) } : {}),
    ...(cancelledBy ? { cancelledBy } : {}),
    ...(open ? { afterSaleOpen: open } : {}),
  };
}
