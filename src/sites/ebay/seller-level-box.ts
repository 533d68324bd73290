// The Performance page's "Seller level" box, read by its labels: the smallest element holding a
// "current level" line and a "defect rate" line (so the programme's targets elsewhere on the page are
// never taken), its levels, the next evaluation (a 20th, from today to a month ahead: any other
// date is not that date) and its rates, each checked against any "N of M" beside it. A doubt is a refusal.
import type { ReadFailure } from '../../core/types';
import { normalizeLabel } from '../label-match';
import { readLabelledFigures, type FigureReading } from '../labelled-figure';
import { visibleLines, type Line } from '../visible-lines';
import { ebayDateAfter } from './ebay-dates';
import { readLabelledValues, type ValueReading } from './labelled-value';
import { ebayMarketplaceOf } from './marketplaces';
import {
  LEVEL_LABELS,
  levelStatement,
  RATE_LABELS,
  type LevelField,
  type LevelStatement,
  type RateField,
} from './performance-words';

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

const DAY = 86_400_000;

/**
 * eBay evaluates on the 20th, monthly: a next evaluation is a 20th from today to about a month
 * ahead. Any other date is not that date (a year-less "Aug 20" is placed on or after today).
 */
function isNextEvaluation(at: number | undefined, now: number): at is number {
  const today = Math.floor(now / DAY) * DAY;
  return at !== undefined && new Date(at).getUTCDate() === 20 && at >= today && at <= today + 62 * DAY;
}

export const isRefusal = (x: unknown): x is Refusal => typeof x === 'object' && x !== null && 'code' in x;

export function readSellerLevelBox(doc: Document, url: URL, now: number): SellerLevelBox | Refusal {
  const box = sellerLevelBox(doc);
  if (!box) return { code: 'page-not-ready', reason: 'no seller-level box (yet)' };
  if (isRefusal(box)) return box;
  const marketplace = ebayMarketplaceOf(url)?.code ?? 'US';
  const rateLabels = Object.values(RATE_LABELS).flat();
  const levelLabels = Object.values(LEVEL_LABELS).flat();
  const levels = readLabelledValues(
    box,
    [
      { key: 'current', labels: LEVEL_LABELS.current, parse: levelStatement },
      { key: 'projected', labels: LEVEL_LABELS.projected, parse: levelStatement },
      { key: 'next', labels: LEVEL_LABELS.next, parse: (t) => ebayDateAfter(t, marketplace, now), bare: true },
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
    nextEvaluation: isNextEvaluation(next, now) ? next : undefined,
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
