// Account Health's own data: the answer to GET /performance/api/summary?platform=SELLER_CENTRAL
// (seller-dom-wave2.md §4.1), copied by the page-world observer. Each metric carries its counts,
// its rate as a fraction (null with no orders) and its own window (30 days on .in): read, never
// assumed. Only what is checked is used; a metric that does not look right is left out whole.
import type { MetricId } from '../../core/types';

export interface SummaryMetric {
  /** Percent, rounded as the dashboard prints it; undefined when the page has no figure (no orders). */
  ratePercent?: number;
  counted: number;
  total: number;
  windowDays?: number;
}

type Json = Record<string, unknown>;
const obj = (x: unknown): Json | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : undefined;
const whole = (x: unknown): number | undefined =>
  typeof x === 'number' && Number.isInteger(x) && x >= 0 && x < 1e9 ? x : undefined;

/** Where each metric lives in the answer, and the name of its count of "bad" orders. */
const FIELDS: [MetricId, string, string, string][] = [
  ['cancellation-rate', 'prefulfillmentCancellationMetric', 'orderCount', 'cancellation'],
  ['late-shipment-rate', 'lateShipMetric', 'orderCount', 'lateShipment'],
  ['valid-tracking-rate', 'validTrackingMetrics', 'shipmentCount', 'validTracking'],
];

function windowOf(metric: Json): number | undefined {
  const days = whole(obj(obj(metric.timeFrame)?.dateOffset)?.duration);
  return days !== undefined && days >= 1 && days <= 365 ? days : undefined;
}

function metricOf(metric: Json | undefined, totalKey: string, countKey: string): SummaryMetric | 'invalid' | undefined {
  if (!metric) return undefined;
  const total = whole(metric[totalKey]);
  const counted = whole(obj(metric[countKey])?.count);
  if (total === undefined || counted === undefined || counted > total) return 'invalid';
  const rate = metric.rate;
  if (rate === null || rate === undefined) {
    // No orders, no rate: the dashboard shows N/A. A null rate beside orders is not a shape we know.
    return total === 0 ? { counted, total, windowDays: windowOf(metric) } : 'invalid';
  }
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > 1 || total === 0) return 'invalid';
  // The fraction must be the counts' own: a rate of another window or marketplace would not be.
  if (Math.abs(rate - counted / total) > 1e-4) return 'invalid';
  return { ratePercent: Math.round(rate * 10_000) / 100, counted, total, windowDays: windowOf(metric) };
}

/**
 * The metrics of a summary answer (undefined when the body is not one), each as read or 'invalid'
 * when its fields do not hold together; a metric the answer lacks is not in the map.
 */
export function summaryMetrics(body: unknown): Map<MetricId, SummaryMetric | 'invalid'> | undefined {
  const root = obj(body);
  if (!root || !obj(root[FIELDS[0]![1]])) return undefined;
  const out = new Map<MetricId, SummaryMetric | 'invalid'>();
  for (const [id, key, totalKey, countKey] of FIELDS) {
    const metric = metricOf(obj(root[key]), totalKey, countKey);
    if (metric) out.set(id, metric);
  }
  return out;
}
