// Performance (/sh/performance) → the seller's own figures from the "Seller level" box, read by their
// labels in the site's language (GLDN-Ops' live-tested way, made stricter): only the box is read (the
// smallest element holding both the current level and the defect rate, so the programme's targets
// elsewhere on the page are never taken), visible text only, a rate checked against any "N of M"
// beside it, and any doubt a refusal. No JSON behind the page is known. The box can come late
// (below the fold): until its figures are there the page is "not ready", and the guard waits.
import type { MetricId, MetricSnapshot, PageReading, ReadFailure } from '../../core/types';
import { normalizeLabel } from '../label-match';
import { readLabelledFigures, type FigureReading } from '../labelled-figure';
import { failed } from '../page-type';
import { visibleLines, type Line } from '../visible-lines';
import { ebayDateNear } from './ebay-dates';
import { readLabelledValues, type ValueReading } from './labelled-value';
import { isChallenge } from './list-words';
import { ebayMarketplaceOf } from './marketplaces';
import {
  LEVEL_LABELS,
  levelStatement,
  RATE_LABELS,
  type LevelField,
  type LevelStatement,
  type RateField,
} from './performance-words';

const TYPE = {
  platform: 'ebay',
  page: 'account-health',
  marketplace: (url: URL) => ebayMarketplaceOf(url)?.code ?? 'US',
} as const;

/** Which of our metric ids each of the box's rates is stored under (the defect rate is the one guarded). */
export const METRIC_OF: Record<RateField, MetricId> = {
  defects: 'cancellation-rate',
  late: 'late-shipment-rate',
  tracking: 'valid-tracking-rate',
  cases: 'cases-closed-rate',
};

export interface SellerLevelBox {
  current?: LevelStatement;
  projected?: LevelStatement;
  /** The next evaluation (eBay evaluates on the 20th), UTC midnight. */
  nextEvaluation?: number;
  rates: Partial<Record<RateField, { ratePercent: number; counted?: number; total?: number; windowDays?: number }>>;
}

type Refusal = { code: ReadFailure; reason: string };

const startsWith = (line: Line, labels: readonly string[]) =>
  labels.some((l) => normalizeLabel(line.text).startsWith(normalizeLabel(l)));

function depth(el: Element): number {
  let n = 0;
  for (let p = el.parentElement; p; p = p.parentElement) n++;
  return n;
}

function commonAncestor(a: Node, b: Node): Element | null {
  const above = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) above.add(n);
  for (let n: Element | null = b.parentElement; n; n = n.parentElement) if (above.has(n)) return n;
  return null;
}

/** The box: the smallest element holding a "current level" line and a "defect rate" line. */
function sellerLevelBox(doc: Document): Element | undefined | Refusal {
  const lines = doc.body ? visibleLines(doc.body) : [];
  const current = lines.filter((l) => startsWith(l, LEVEL_LABELS.current));
  const defects = lines.filter((l) => startsWith(l, RATE_LABELS.defects));
  const boxes = current.flatMap((c) => defects.map((d) => commonAncestor(c.node, d.node))).filter((b) => b !== null);
  if (boxes.length === 0) return undefined;
  const deepest = Math.max(...boxes.map(depth));
  const smallest = new Set(boxes.filter((b) => depth(b) === deepest));
  if (smallest.size > 1) return { code: 'figures-disagree', reason: 'two seller-level boxes on one page' };
  return [...smallest][0];
}

function levelOf(reading: ValueReading, field: LevelField): LevelStatement | undefined | Refusal {
  if (reading.kind === 'ambiguous') return { code: 'figures-disagree', reason: reading.detail };
  if (reading.kind !== 'value')
    return field === 'next' ? undefined : { code: 'page-not-ready', reason: `${field}: no level yet` };
  return reading.value as LevelStatement;
}

function rateOf(
  reading: FigureReading,
  field: RateField,
  evaluated: boolean,
): SellerLevelBox['rates'][RateField] | Refusal {
  if (reading.kind === 'ambiguous') return { code: 'figures-disagree', reason: `${field}: ${reading.detail}` };
  if (reading.kind === 'figure') {
    const { rate, counts, windowDays } = reading;
    return { ratePercent: rate.value, counted: counts?.[0], total: counts?.[1], windowDays };
  }
  // "–" beside a seller not yet evaluated is no figure; beside an evaluated one it is a box still filling in.
  if (field === 'defects' && evaluated && reading.kind !== 'none')
    return { code: 'page-not-ready', reason: 'the defect rate has no figure yet' };
  return undefined;
}

const isRefusal = (x: unknown): x is Refusal => typeof x === 'object' && x !== null && 'code' in x;

export function readSellerLevelBox(doc: Document, url: URL, now: number): SellerLevelBox | Refusal {
  const box = sellerLevelBox(doc);
  if (!box) return { code: 'page-not-ready', reason: 'no seller-level box (yet)' };
  if (isRefusal(box)) return box;
  const marketplace = TYPE.marketplace(url);
  const rateLabels = Object.values(RATE_LABELS).flat();
  const levelLabels = Object.values(LEVEL_LABELS).flat();
  const levels = readLabelledValues(
    box,
    [
      { key: 'current', labels: LEVEL_LABELS.current, parse: levelStatement },
      { key: 'projected', labels: LEVEL_LABELS.projected, parse: levelStatement },
      { key: 'next', labels: LEVEL_LABELS.next, parse: (t) => ebayDateNear(t, marketplace, now), bare: true },
    ],
    rateLabels,
  );
  const current = levelOf(levels.current, 'current');
  const projected = levelOf(levels.projected, 'projected');
  for (const level of [current, projected]) if (isRefusal(level)) return level;
  const next = levels.next.kind === 'value' ? (levels.next.value as number) : undefined;
  const out: SellerLevelBox = {
    current: current as LevelStatement,
    projected: projected as LevelStatement,
    // eBay evaluates on the 20th: any other day is not that date.
    nextEvaluation: next !== undefined && new Date(next).getUTCDate() === 20 ? next : undefined,
    rates: {},
  };
  const figures = readLabelledFigures(
    box,
    (Object.keys(RATE_LABELS) as RateField[]).map((key) => ({ key, labels: RATE_LABELS[key] })),
    levelLabels,
  );
  for (const field of Object.keys(RATE_LABELS) as RateField[]) {
    const rate = rateOf(figures[field], field, out.current !== 'not-evaluated');
    if (isRefusal(rate)) return rate;
    if (rate) out.rates[field] = rate;
  }
  return out;
}

export function readEbayPerformance(doc: Document, url: URL, now: number = Date.now()): PageReading {
  if (isChallenge(doc, url))
    return failed(TYPE, url, 'layout-unknown', "eBay's bot check is shown instead of the page");
  const box = readSellerLevelBox(doc, url, now);
  if (isRefusal(box)) return failed(TYPE, url, box.code, box.reason);
  const marketplace = TYPE.marketplace(url);
  const metrics: MetricSnapshot[] = [];
  for (const [field, metric] of Object.entries(METRIC_OF) as [RateField, MetricId][]) {
    const rate = box.rates[field];
    if (!rate) continue;
    const figure = Object.fromEntries(Object.entries(rate).filter(([, v]) => v !== undefined)) as typeof rate;
    metrics.push({ platform: 'ebay', marketplace, metric, ...figure, readAt: now });
  }
  return { platform: 'ebay', page: 'account-health', marketplace, url: url.href, ok: true, orders: [], metrics };
}
