// The guard's lines about the order in front of the seller: what cancelling it does (per reason
// where the platform's reasons weigh differently), the route that does not count, the buyer's own
// windows, the deadline to answer a request, and the platform cancelling the order by itself.
import { selfCancelMinutesLeft, requestMinutesLeft } from './buyer-window';
import { addDeadline } from './deadline-time';
import { declineByTracking } from './decline-by-tracking';
import { deadlineOf, flowOf, sureOf } from './platform-words';
import { describeProjection, projectCancellation, type Projection } from './projection';
import type { GuardResult } from './rate-guard';
import { marketplaceRules, type Rulebook } from './rulebooks';
import { routeHint } from './route-hint';
import { said, type Said } from './said';
import type { OrderSeen } from './types';

const DAY = 86_400_000;
/** How far ahead a deadline the platform enforces by itself is worth a line. */
const AUTO_CANCEL_NOTICE = 2 * DAY;

/** How the buyer asked, as far as the page tells: only the platform's flow is on record. */
export function askedViaFor(order: OrderSeen): 'platform-request' | 'seller' {
  return order.cancelRequest?.viaPlatform ? 'platform-request' : 'seller';
}

export function projectionFor(guard: GuardResult, book: Rulebook, order: OrderSeen): Projection {
  return projectCancellation(guard, book, order, { fulfilment: order.fulfilment, askedVia: askedViaFor(order) });
}

/** eBay: the seller's own reason counts, the buyer's does not, even when the buyer asked by message. */
function perReason(guard: GuardResult, book: Rulebook, order: OrderSeen, p: Projection): Said[] {
  if (!p.counts || !guard.metric?.notCountedWhenAskedVia.includes('message')) return [];
  const buyer = projectCancellation(guard, book, order, { fulfilment: order.fulfilment, askedVia: 'message' });
  if (buyer.counts) return [];
  return [said('guard.reason-buyer-free', { reason: book.reasonCodes.buyerRequested.code })];
}

/** When the platform will cancel the order by itself, and how sure that is: the page's own deadline, or the rule's. */
function autoCancel(book: Rulebook, order: OrderSeen): { at: number; sure: Said } | undefined {
  if (order.autoCancelAt !== undefined) return { at: order.autoCancelAt, sure: said('confidence.page') };
  const after = marketplaceRules(book, order.marketplace).autoCancelAfterShipBy;
  if (!after || order.shipBy === undefined) return undefined;
  return { at: addDeadline(order.shipBy, after), sure: sureOf(book, order.marketplace, after.ruleId) };
}

function platformDeadlines(guard: GuardResult, book: Rulebook, order: OrderSeen, requested: boolean): Said[] {
  const lines: Said[] = [];
  const answer = marketplaceRules(book, order.marketplace).cancelRequestAnswer;
  if (requested && answer)
    lines.push(
      said('guard.answer-request', {
        within: deadlineOf(answer),
        sure: sureOf(book, order.marketplace, answer.ruleId),
      }),
    );
  const auto = autoCancel(book, order);
  if (auto && auto.at - guard.at <= AUTO_CANCEL_NOTICE)
    lines.push(
      said(requested ? 'guard.auto-cancel-request' : 'guard.auto-cancel', {
        platform: book.displayName,
        at: auto.at,
        sure: auto.sure,
      }),
    );
  return lines;
}

/** The lines about cancelling the order in front of the seller, most important first. */
export function aboutCancelling(guard: GuardResult, book: Rulebook, focus: OrderSeen): Said[] {
  const viaPlatform = focus.cancelRequest?.viaPlatform ?? false;
  const p = projectionFor(guard, book, focus);
  const lines: Said[] = [];
  const reason = book.reasonCodes.buyerRequested.code;
  if (p.counts) lines.push(describeProjection(guard, p));
  else if (viaPlatform) lines.push(said('guard.buyer-request-free', { platform: book.displayName, reason }));
  else lines.push(p.why);
  lines.push(...perReason(guard, book, focus, p));
  const hint = viaPlatform ? undefined : routeHint(book);
  if (hint && p.counts) lines.push(hint);
  const risk = guard.consecutive;
  if (p.counts && risk && risk.recent >= risk.count - 1)
    lines.push(said('guard.consecutive', { recent: risk.recent, count: risk.count, days: risk.withinDays }));
  // What the buyer can still do alone: information for the seller, never a cue to ask (TikTok forbids asking).
  const flow = book.buyerCancelFlow;
  const alone = selfCancelMinutesLeft(book, focus.orderedAt, guard.at);
  if (!viaPlatform && alone !== undefined && flow?.selfCancel) {
    const sure = sureOf(book, focus.marketplace, flow.selfCancel.ruleId);
    lines.push(said('guard.self-cancel', { flow: flowOf(book), left: alone, sure }));
  }
  const ask = requestMinutesLeft(book, focus.orderedAt, guard.at);
  if (!viaPlatform && ask !== undefined && flow?.requestWindow) {
    const sure = sureOf(book, focus.marketplace, flow.requestWindow.ruleId);
    lines.push(said('guard.request-window', { flow: flowOf(book), left: ask, sure }));
  }
  lines.push(...platformDeadlines(guard, book, focus, viaPlatform));
  return lines;
}

/** A shipped order: a refund or return, and a cancellation request declined by its tracking (TikTok), first. */
export function aboutShipped(book: Rulebook, focus: OrderSeen, now: number): Said[] {
  const shipped = said('guard.shipped');
  if (!declineByTracking(book, focus)) return [shipped];
  const platform = book.displayName;
  const at = focus.cancelRequest?.answerBy;
  // A deadline gone by while the page still says the request is open: still to decline, no time to give.
  return [
    at !== undefined && at > now
      ? said('guard.decline-by-tracking-by', { platform, at })
      : said('guard.decline-by-tracking', { platform }),
    shipped,
  ];
}
