// Where the seller picks a cancellation reason (Amazon's cancel page or dialog): warn before the
// click lands if the reason will count, or if a safer one applies. Never blocks: warns only.
import { said, type Said } from '../core/said';

/** "Buyer Cancelled" as Seller Central writes it in its reason lists (value or label, several languages). */
const BUYER_REASON =
  /buyer.?cancel+ed|buyercanceled|cancelled by buyer|vom käufer storniert|käufer hat storniert|annulé par l'acheteur|annullato dall'acquirente|cancelado por el comprador|cancelado pelo comprador|購入者によるキャンセル/i;

export interface CancelReasonContext {
  buyerReason: string;
  requestOnRecord: boolean;
}

function chosenText(target: EventTarget | null): string | undefined {
  if (target instanceof HTMLSelectElement) {
    const option = target.selectedOptions[0];
    return option ? `${option.value} ${option.textContent ?? ''}` : undefined;
  }
  if (target instanceof HTMLInputElement && target.type === 'radio' && target.checked) {
    return `${target.value} ${target.labels?.[0]?.textContent ?? ''}`;
  }
  return undefined;
}

/** The warning for a picked reason, or undefined when the pick is the safe one. */
export function warningFor(picked: string, ctx: CancelReasonContext): Said | undefined {
  const isBuyerReason = BUYER_REASON.test(picked);
  if (isBuyerReason && !ctx.requestOnRecord) return said('cancel-warning.no-request', { reason: ctx.buyerReason });
  if (!isBuyerReason && ctx.requestOnRecord)
    return said('cancel-warning.pick-buyer-reason', { reason: ctx.buyerReason });
  return undefined;
}

/**
 * Listens for reason picks anywhere on the page: `onWarning` gets the warning (or undefined), `onPick`
 * the picked reason's value and label. Returns the function that stops listening.
 */
export function watchCancelReason(
  doc: Document,
  context: () => CancelReasonContext | undefined,
  onWarning: (warning: Said | undefined) => void,
  onPick?: (picked: string) => void,
): () => void {
  const onChange = (event: Event) => {
    const ctx = context();
    const picked = chosenText(event.target);
    if (!ctx || picked === undefined || !/cancel|stor|annul|キャンセル|inventory|stock|address/i.test(picked)) return;
    onWarning(warningFor(picked, ctx));
    onPick?.(picked.replace(/\s+/g, ' ').trim().slice(0, 160));
  };
  doc.addEventListener('change', onChange, true);
  return () => doc.removeEventListener('change', onChange, true);
}
