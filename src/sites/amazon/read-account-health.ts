// Account Health (/performance/dashboard) → the platform's own figures, with when they were read.
// The page's own summary answer comes first (counts, rate and window as Amazon computed them);
// the dashboard's markup is read by its captions in every Seller Central language and, where both
// exist, must agree with it. A figure that is not there yet, two candidates, or sources that
// disagree are refusals, never a pick.
import type { MetricId, MetricSnapshot, PageReading, ReadFailure } from '../../core/types';
import { PERFORMANCE_SUMMARY_PATH } from '../../page-world/channel';
import { readLabelledFigures, type FigureReading, type FigureSpec } from '../labelled-figure';
import type { PageJson } from '../page-json';
import { agreesWithCounts } from '../parse-number';
import { amazonMarketplace } from './detect';
import { HEALTH_LABELS, OTHER_HEALTH_LABELS } from './health-labels';
import { summaryMetrics, type SummaryMetric } from './performance-summary';
import { HEALTH } from './selectors';

const SPECS: FigureSpec<MetricId>[] = [
  { key: 'cancellation-rate', labels: HEALTH_LABELS['cancellation-rate'], hint: HEALTH.cancellationRow },
  { key: 'late-shipment-rate', labels: HEALTH_LABELS['late-shipment-rate'], hint: HEALTH.lateShipmentRow },
  { key: 'valid-tracking-rate', labels: HEALTH_LABELS['valid-tracking-rate'], hint: HEALTH.validTrackingRow },
  { key: 'order-defect-rate', labels: HEALTH_LABELS['order-defect-rate'] },
];

/** The page's data is only ever taken for the three metrics it states with their counts. */
const FROM_SUMMARY: MetricId[] = ['cancellation-rate', 'late-shipment-rate', 'valid-tracking-rate'];

type Figure = Pick<MetricSnapshot, 'ratePercent' | 'counted' | 'total' | 'windowDays'>;
type Outcome = Figure | 'no-figure' | { code: ReadFailure; detail: string };

/** Where the summary and the markup both speak of a metric, they must say the same. */
function agree(summary: SummaryMetric, markup: FigureReading): boolean {
  if (markup.kind === 'none') return summary.ratePercent === undefined;
  if (markup.kind !== 'figure') return true;
  if (summary.ratePercent === undefined || !agreesWithCounts(markup.rate, summary.counted, summary.total)) return false;
  if (markup.counts && (markup.counts[0] !== summary.counted || markup.counts[1] !== summary.total)) return false;
  return (
    markup.windowDays === undefined || summary.windowDays === undefined || markup.windowDays === summary.windowDays
  );
}

function fromSummary(summary: SummaryMetric): Figure | 'no-figure' {
  if (summary.ratePercent === undefined) return 'no-figure';
  const { ratePercent, counted, total, windowDays } = summary;
  return { ratePercent, counted, total, windowDays };
}

function outcome(metric: MetricId, markup: FigureReading, summary: SummaryMetric | 'invalid' | undefined): Outcome {
  if (markup.kind === 'ambiguous') return { code: 'figures-disagree', detail: `${metric}: ${markup.detail}` };
  if (summary === 'invalid') return { code: 'page-data-invalid', detail: `${metric}: summary fields do not add up` };
  if (summary) {
    if (!agree(summary, markup)) return { code: 'figures-disagree', detail: `${metric}: page data and page disagree` };
    return fromSummary(summary);
  }
  if (markup.kind === 'none') return 'no-figure';
  if (markup.kind !== 'figure') return { code: 'page-not-ready', detail: `${metric}: no figure on the page yet` };
  const { rate, counts, windowDays } = markup;
  return { ratePercent: rate.value, counted: counts?.[0], total: counts?.[1], windowDays };
}

export function readAmazonAccountHealth(
  doc: Document,
  url: URL,
  json?: PageJson,
  now: number = Date.now(),
): PageReading {
  const marketplace = amazonMarketplace(url);
  const base = { platform: 'amazon' as const, page: 'account-health' as const, marketplace, url: url.href };
  const markup = readLabelledFigures(doc.body ?? doc.documentElement, SPECS, OTHER_HEALTH_LABELS);
  const summary = json ? summaryMetrics(json.latest(PERFORMANCE_SUMMARY_PATH)) : undefined;
  const metrics: MetricSnapshot[] = [];
  for (const { key: metric } of SPECS) {
    const result = outcome(metric, markup[metric], FROM_SUMMARY.includes(metric) ? summary?.get(metric) : undefined);
    if (result === 'no-figure') continue;
    if ('code' in result) {
      // Only the guarded figure has to be there; the others are read when they are.
      if (result.code === 'page-not-ready' && metric !== 'cancellation-rate') continue;
      return { ...base, ok: false, code: result.code, reason: result.detail };
    }
    metrics.push({ platform: 'amazon', marketplace, metric, ...withoutUndefined(result), readAt: now });
  }
  // "N/A" (a new or FBA-only seller): read, with no cancellation figure to guard.
  return { ...base, ok: true, orders: [], metrics };
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
