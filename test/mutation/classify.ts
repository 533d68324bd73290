// A variant's reading against the original's: SAME; REFUSED (the reader said no, or left out
// something it could not be sure of: a metric, a count, a window, a name, a date, a status read as
// `unknown`); or WRONG (it said something else). WRONG must never happen. A partial refusal is
// counted apart, so the table shows how much of REFUSED was a whole page refused.
import { isDeepStrictEqual } from 'node:util';
import type { MetricSnapshot, OrderItem, OrderSeen, PageReading, Standing } from '../../src/core/types';

export type Verdict = 'SAME' | 'REFUSED' | 'WRONG';

export interface Classified {
  verdict: Verdict;
  /** REFUSED for part of the reading only. */
  partial: boolean;
}

/** Plain data, read times zeroed (they are when, not what, the page said). */
function plain(reading: PageReading): PageReading {
  const copy = JSON.parse(JSON.stringify(reading)) as PageReading;
  if (copy.ok) for (const m of copy.metrics) m.readAt = 0;
  return copy;
}

/** Fields whose absence (or `unknown`) says "not known", not "no": leaving them out is a refusal. */
const MAY_BE_UNKNOWN = new Set([
  'buyerName',
  'buyerId',
  'orderedAt',
  'shipBy',
  'deliverBy',
  'buyerNote',
  'total',
  'currency',
  'addressHash',
  // Known only for an order whose status is: a status left `unknown` takes its deadline with it.
  'autoCancelAt',
  // TikTok's tracking follows its status the same way (src/sites/tiktok/to-order-seen.ts).
  'hasTracking',
  'affectsReputation',
  // After-sale facts a page states only when they hold: leaving one out says nothing.
  'refund',
  'returnRequested',
  'disputeOpen',
  'requestOpen',
  'deliveredAt',
  // Tracking left out is "not known" (a slot not read, or a number the status does not back).
  'hasTracking',
]);

/** An item's codes and price may be left out; its title and quantity never differ. */
function itemsVerdict(a: OrderItem[], b: OrderItem[]): Verdict {
  if (a.length !== b.length) return 'WRONG';
  let verdict: Verdict = 'SAME';
  for (const [i, item] of a.entries()) {
    for (const key of new Set([...Object.keys(item), ...Object.keys(b[i]!)]) as Set<keyof OrderItem>) {
      if (item[key] === b[i]![key]) continue;
      if (b[i]![key] === undefined && key !== 'title' && key !== 'quantity') verdict = 'REFUSED';
      else return 'WRONG';
    }
  }
  return verdict;
}

function orderVerdict(original: OrderSeen, variant: OrderSeen): Verdict {
  let verdict: Verdict = 'SAME';
  const keys = new Set([...Object.keys(original), ...Object.keys(variant)]) as Set<keyof OrderSeen>;
  for (const key of keys) {
    const [a, b] = [original[key], variant[key]];
    if (isDeepStrictEqual(a, b)) continue;
    if (key === 'items') {
      const items = itemsVerdict(original.items, variant.items);
      if (items === 'WRONG') return 'WRONG';
      verdict = 'REFUSED';
      continue;
    }
    // A buyer's request still said, its reason left out, is a request whose reason is not known.
    const { reason: _reason, ...request } = original.cancelRequest ?? {};
    const reasonLeftOut =
      key === 'cancelRequest' && original.cancelRequest !== undefined && isDeepStrictEqual(b, request);
    const unknown =
      (MAY_BE_UNKNOWN.has(key) && b === undefined) ||
      ((key === 'status' || key === 'fulfilment') && b === 'unknown') ||
      reasonLeftOut;
    if (!unknown) return 'WRONG';
    verdict = 'REFUSED';
  }
  return verdict;
}

/** What a metric may be without: its counts, window, stated limits, the levels and the evaluation date beside it. */
const LEAVE_OUT = new Set<keyof MetricSnapshot>([
  'counted',
  'total',
  'windowDays',
  'limitPercent',
  'nextLimitPercent',
  'level',
  'heldLevel',
  'nextEvaluationAt',
]);

/** A metric's counts and window may be left out; its rate never differs. */
function metricsVerdict(a: MetricSnapshot[], b: MetricSnapshot[]): Verdict {
  let verdict: Verdict = 'SAME';
  const byId = new Map(a.map((m) => [m.metric, m]));
  for (const m of b) {
    const o = byId.get(m.metric);
    // A figure the original did not have (an "N/A" read as a number) is the worst kind of wrong.
    if (!o) return 'WRONG';
    for (const key of new Set([...Object.keys(o), ...Object.keys(m)]) as Set<keyof MetricSnapshot>) {
      if (o[key] === m[key]) continue;
      if (m[key] === undefined && LEAVE_OUT.has(key)) verdict = 'REFUSED';
      else return 'WRONG';
    }
  }
  return b.length < a.length ? 'REFUSED' : verdict;
}

/** The seller's level, sales and period may each be left out; none may differ. */
function standingVerdict(a: Standing, b: Standing): Verdict {
  let verdict: Verdict = 'SAME';
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Standing>) {
    if (a[key] === b[key]) continue;
    if (b[key] !== undefined) return 'WRONG';
    verdict = 'REFUSED';
  }
  return verdict;
}

export const worse = (a: Verdict, b: Verdict): Verdict =>
  a === 'WRONG' || b === 'WRONG' ? 'WRONG' : a === 'REFUSED' ? a : b;

export function classify(originalReading: PageReading, variantReading: PageReading): Classified {
  const verdict = judge(originalReading, variantReading);
  return { verdict, partial: verdict === 'REFUSED' && variantReading.ok };
}

function judge(originalReading: PageReading, variantReading: PageReading): Verdict {
  const original = plain(originalReading);
  const variant = plain(variantReading);
  if (!variant.ok) return 'REFUSED';
  if (isDeepStrictEqual(original, variant)) return 'SAME';
  if (!original.ok) return 'WRONG';
  const { orders: a, metrics: ma, standing: sa, ...restA } = original;
  const { orders: b, metrics: mb, standing: sb, ...restB } = variant;
  // Everything but the orders, metrics and standing must be exactly the same.
  if (!isDeepStrictEqual(restA, restB)) return 'WRONG';
  const standing = standingVerdict(sa ?? {}, sb ?? {});
  if (standing === 'WRONG') return 'WRONG';
  const metrics = worse(metricsVerdict(ma, mb), standing);
  if (metrics === 'WRONG') return 'WRONG';
  // The same orders, in any order (a swap of two rows is not a change of meaning).
  if (a.length !== b.length) return 'WRONG';
  const byId = new Map(b.map((o) => [o.id, o]));
  let verdict: Verdict = metrics;
  for (const order of a) {
    const other = byId.get(order.id);
    if (!other) return 'WRONG';
    const v = orderVerdict(order, other);
    if (v === 'WRONG') return 'WRONG';
    if (v === 'REFUSED') verdict = 'REFUSED';
  }
  return verdict;
}

/**
 * The orders a list names as ticked, apart from its reading (src/content/ticked-orders.ts): the banner
 * projects the rate if the seller cancels them all. Naming none is a refusal (nothing is projected);
 * naming others, more or fewer is wrong. Their order is the list's, which a variant may change.
 */
export function tickedVerdict(original: readonly string[], variant: readonly string[]): Verdict {
  if (isDeepStrictEqual([...original].sort(), [...variant].sort())) return 'SAME';
  return variant.length === 0 ? 'REFUSED' : 'WRONG';
}
