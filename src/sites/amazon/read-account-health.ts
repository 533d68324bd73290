// Account Health (/performance/dashboard) → the platform's own figures, with when they were read.
import type { MetricId, MetricSnapshot, PageReading } from '../../core/types';
import { clean } from '../dom-text';
import { parseOfCounts, parsePercent } from '../parse-number';
import { amazonMarketplace } from './detect';
import { HEALTH } from './selectors';

const WINDOW = /(\d{1,3})\s*(?:-|\s)?(?:days?|tage?n?|jours|giorni|días|dias|dagen|dagar|dni|gün|日間|日)/i;

function readRow(
  doc: Document,
  selector: string,
): { rate?: number; counts?: [number, number]; window?: number; present: boolean } {
  const row = doc.querySelector(selector);
  if (!row) return { present: false };
  const text = clean(row.textContent, 2000);
  const value = clean(row.querySelector(HEALTH.value)?.textContent) || text;
  const window = WINDOW.exec(text)?.[1];
  return {
    present: true,
    rate: parsePercent(value),
    counts: parseOfCounts(text),
    window: window ? Number(window) : undefined,
  };
}

export function readAmazonAccountHealth(doc: Document, url: URL, now: number = Date.now()): PageReading {
  const marketplace = amazonMarketplace(url);
  const base = { platform: 'amazon' as const, page: 'account-health' as const, marketplace, url: url.href };
  const cancel = readRow(doc, HEALTH.cancellationRow);
  if (!cancel.present)
    return { ...base, ok: false, reason: 'cancellation rate row #shipping-cancellation-rate-row not found' };
  const metrics: MetricSnapshot[] = [];
  const add = (metric: MetricId, r: ReturnType<typeof readRow>) => {
    if (r.rate === undefined) return;
    // A count pair that disagrees with the shown rate (beyond one-decimal rounding) means we matched
    // the wrong numbers: keep the rate only.
    const agrees = r.counts && r.counts[1] > 0 && Math.abs((r.counts[0] / r.counts[1]) * 100 - r.rate) < 0.051;
    metrics.push({
      platform: 'amazon',
      marketplace,
      metric,
      ratePercent: r.rate,
      readAt: now,
      windowDays: r.window,
      ...(agrees ? { counted: r.counts![0], total: r.counts![1] } : {}),
    });
  };
  add('cancellation-rate', cancel);
  add('late-shipment-rate', readRow(doc, HEALTH.lateShipmentRow));
  add('valid-tracking-rate', readRow(doc, HEALTH.validTrackingRow));
  const odr = parsePercent(clean(doc.querySelector(HEALTH.odr)?.textContent));
  if (odr !== undefined)
    metrics.push({ platform: 'amazon', marketplace, metric: 'order-defect-rate', ratePercent: odr, readAt: now });
  // The row is there but shows no figure ("N/A" for a new or FBA-only seller): read, with nothing to guard.
  return { ...base, ok: true, orders: [], metrics };
}
