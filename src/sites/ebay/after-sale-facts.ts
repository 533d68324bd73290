// The after-sale facts the advisor judges an eBay order by (core/advisor/situation.ts), from what its
// status lines (and, on the order page, its notices) say: when it was delivered, and whether a
// request, a return or a case is open. Each is cross-checked and left out when it does not fit: a
// delivery date only on an order whose status is delivered and never before its sale, nothing open
// on an order still awaiting payment (no request or return can be opened on one). A fact is said
// only when it holds: absent is "the page does not say", never "no".
import type { OrderSeen } from '../../core/types';
import type { AfterSale } from './after-sale-words';
import { ebayDateAfter } from './ebay-dates';
import type { StatusReading } from './status-cell';

export type AfterSaleFacts = Pick<OrderSeen, 'deliveredAt' | 'requestOpen' | 'returnRequested' | 'disputeOpen'>;

const DAY = 86_400_000;

function deliveredOn(status: StatusReading, marketplace: string, soldOn: number | undefined): number | undefined {
  if (status.status !== 'delivered' || status.deliveredOn === undefined) return undefined;
  const at = ebayDateAfter(status.deliveredOn, marketplace, soldOn);
  // A delivery before the sale is a date read from the wrong place; a sale date unknown leaves a
  // year-less delivery date unplaced (ebayDateAfter gives none).
  if (at === undefined || (soldOn !== undefined && at < Math.floor(soldOn / DAY) * DAY)) return undefined;
  return at;
}

export function afterSaleFacts(
  status: StatusReading,
  open: ReadonlySet<AfterSale>,
  marketplace: string,
  soldOn: number | undefined,
): AfterSaleFacts {
  const facts: AfterSaleFacts = {};
  const deliveredAt = deliveredOn(status, marketplace, soldOn);
  if (deliveredAt !== undefined) facts.deliveredAt = deliveredAt;
  if (status.status === 'unpaid') return facts;
  if (open.has('request') || open.has('return')) facts.requestOpen = true;
  if (open.has('return')) facts.returnRequested = true;
  if (open.has('case')) facts.disputeOpen = true;
  return facts;
}
