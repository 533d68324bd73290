// The platform's own figure as a reader hands it over, its rate worked out from its counts the way
// the page rounds it (3 of 156 → 1.92%), for the guard's tests.
import type { MetricId, MetricSnapshot, Platform } from '../../src/core/types';

export function snapshotOf(
  platform: Platform,
  marketplace: string,
  counted: number,
  total: number,
  readAt: number,
  extra: Partial<MetricSnapshot> = {},
): MetricSnapshot {
  const metric: MetricId = 'cancellation-rate';
  const ratePercent = Math.round((counted / total) * 10_000) / 100;
  return { platform, marketplace, metric, ratePercent, counted, total, readAt, ...extra };
}
