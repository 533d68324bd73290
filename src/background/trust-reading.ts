// A content script speaks only for the page it runs in, and only in plausible figures (uBO Lite's
// trust tiers, one step further). The reading's address must be on the sender's own site, and the
// detector for that address must give the reading's platform, marketplace and page; Chromium names
// the address a document loaded with, so a single-page app's later address is judged by the
// reading's own URL, never by the sender's path. Orders and figures must belong to that
// marketplace, with order numbers in the platform's format and dates that can be true.
import type { OrderSeen, PageReading } from '../core/types';
import { isOrderId, isPast, isPromise } from '../messages/plausibility';
import { pageTypeFor } from '../sites/registry';
import { mergeRepeatedOrders } from './repeated-orders';

export type Trust = { ok: true; reading: PageReading; dropped: string[] } | { ok: false; error: string };

/** A figure is read before it reaches us: one "from the future" is a clock or a reader gone wrong. */
const READ_SLACK_MS = 60_000;

const refused = (error: string): Trust => ({ ok: false, error });

function orderProblem(o: OrderSeen, reading: PageReading, now: number): string | undefined {
  if (o.platform !== reading.platform || o.marketplace !== reading.marketplace)
    return `order ${o.id} is of ${o.platform}/${o.marketplace}`;
  if (!isOrderId(o.platform, o.id)) return `order number ${JSON.stringify(o.id)} is not in ${o.platform}'s format`;
  if (o.orderedAt !== undefined && !isPast(o.orderedAt, now))
    return `order ${o.id} placed before 2000 or more than a day ahead`;
  for (const promised of [o.shipBy, o.deliverBy])
    if (promised !== undefined && !isPromise(promised, now))
      return `order ${o.id} has a date before 2000 or years ahead`;
  return undefined;
}

export function trustReading(reading: PageReading, senderUrl: string, now: number): Trust {
  let url: URL;
  try {
    url = new URL(reading.url);
    if (url.origin !== new URL(senderUrl).origin) return refused('reading for another site');
  } catch {
    return refused('reading without a valid address');
  }
  const type = pageTypeFor(url);
  if (!type) return refused('reading of a page no reader supports');
  const page = `${type.platform}/${type.marketplace(url)}/${type.page}`;
  if (page !== `${reading.platform}/${reading.marketplace}/${reading.page}`)
    return refused(`reading of ${reading.platform}/${reading.marketplace}/${reading.page} at an address of ${page}`);
  if (!reading.ok) return { ok: true, reading, dropped: [] };
  if (reading.focusOrderId !== undefined && !isOrderId(reading.platform, reading.focusOrderId))
    return refused(`order number ${JSON.stringify(reading.focusOrderId)} is not in ${reading.platform}'s format`);
  for (const o of reading.orders) {
    const problem = orderProblem(o, reading, now);
    if (problem) return refused(problem);
  }
  for (const m of reading.metrics) {
    if (m.platform !== reading.platform || m.marketplace !== reading.marketplace)
      return refused(`figure of ${m.platform}/${m.marketplace}`);
    if (m.readAt < now - 366 * 86_400_000 || m.readAt > now + READ_SLACK_MS)
      return refused(`figure read at ${new Date(m.readAt).toISOString()}`);
    if (m.counted !== undefined && m.total !== undefined && m.counted > m.total)
      return refused(`figure counts ${m.counted} of ${m.total}`);
    // A monthly evaluation lies within about a month after the figure was read.
    const next = m.nextEvaluationAt;
    if (next !== undefined && (next < m.readAt - 86_400_000 || next > m.readAt + 62 * 86_400_000))
      return refused(`next evaluation ${new Date(next).toISOString()}`);
  }
  const { orders, dropped } = mergeRepeatedOrders(reading.orders);
  return { ok: true, reading: { ...reading, orders }, dropped };
}
