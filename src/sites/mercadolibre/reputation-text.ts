// The reputation page as a seller reads it: each metric's section found by its title, in Spanish or
// Portuguese, and in it the line that is nothing but the rate ("0.49%"), the count ("Son 5 de tus
// ventas") and the limit ("Por debajo del 1% permitido"). A section is the largest element around
// its title that holds no other section's title, as in ../labelled-figure.ts. Two different values
// in one section, or a section repeated with another value, are refused, never picked.
import { isPlaceholder } from '../figure-words';
import { normalizeLabel } from '../label-match';
import { parseCount, purePercent, type Percent } from '../parse-number';
import { labelRegions, OTHER, type LabelRegion } from './label-regions';
import {
  COUNT_LINE,
  LEADER_LINE,
  LIMIT_LINE,
  OTHER_SECTIONS,
  SALES_TOTAL,
  SECTION_LABELS,
  UNDER_LIMIT,
  type ReputationMetric,
} from './reputation-labels';

export type SectionReading =
  | { kind: 'figure'; rate: Percent; counted?: number; limit?: number; under?: boolean }
  | { kind: 'none' }
  | { kind: 'absent' }
  | { kind: 'ambiguous'; detail: string };

export interface ReputationText {
  sections: Record<ReputationMetric, SectionReading>;
  /** "MercadoLíder Gold" → gold; a plain "MercadoLíder" is silver. */
  leader?: 'silver' | 'gold' | 'platinum';
  /** The period's sales ("1,017 Ventas"). */
  sales?: number;
}

const METRICS = Object.keys(SECTION_LABELS) as ReputationMetric[];

const PHRASES: [ReputationMetric | typeof OTHER, string][] = [
  ...METRICS.flatMap((m) => SECTION_LABELS[m].map((l): [ReputationMetric, string] => [m, normalizeLabel(l)])),
  ...OTHER_SECTIONS.map((l): [typeof OTHER, string] => [OTHER, normalizeLabel(l)]),
];

/** One value all agree on; 'ambiguous' when they differ. */
function one<T>(values: T[]): T | undefined | 'ambiguous' {
  const distinct = [...new Set(values.map((v) => JSON.stringify(v)))];
  return distinct.length > 1 ? 'ambiguous' : (values[0] ?? undefined);
}

function readSection(region: LabelRegion<ReputationMetric>): SectionReading {
  const texts = region.rest ? [...region.texts, region.rest] : region.texts;
  const rates = texts.map((t) => purePercent(t)).filter((p) => p !== undefined);
  const counts = texts
    .map((t) => COUNT_LINE.exec(t)?.[1])
    .map((c) => (c === undefined ? undefined : parseCount(c)))
    .filter((c) => c !== undefined);
  const limits = texts.map((t) => LIMIT_LINE.exec(t)).filter((m) => m !== null);
  const rate = one(rates);
  const counted = one(counts);
  const limit = one(limits.map((m) => [Number(m[2]!.replace(',', '.')), UNDER_LIMIT.test(m[1]!)] as const));
  if (rate === 'ambiguous' || counted === 'ambiguous' || limit === 'ambiguous')
    return { kind: 'ambiguous', detail: 'two different values in one section' };
  if (!rate) return texts.some(isPlaceholder) ? { kind: 'none' } : { kind: 'absent' };
  if (limit && (limit[1] ? rate.value > limit[0] : rate.value < limit[0]))
    return { kind: 'ambiguous', detail: `${rate.value}% is not ${limit[1] ? 'under' : 'over'} ${limit[0]}%` };
  return { kind: 'figure', rate, counted, limit: limit?.[0], under: limit?.[1] };
}

/** Several sections with one title (a summary and its detail) must say the same. */
function combine(readings: SectionReading[]): SectionReading {
  const ambiguous = readings.find((r) => r.kind === 'ambiguous');
  if (ambiguous) return ambiguous;
  const figures = readings.filter((r) => r.kind === 'figure');
  if (figures.length === 0) return readings.find((r) => r.kind === 'none') ?? { kind: 'absent' };
  const merged = one(figures.map((f) => f.rate));
  if (merged === 'ambiguous') return { kind: 'ambiguous', detail: 'a section repeated with another rate' };
  const fields = ['counted', 'limit', 'under'] as const;
  const out: SectionReading & { kind: 'figure' } = { ...figures[0]! };
  for (const field of fields) {
    const value = one(figures.map((f) => f[field]).filter((v) => v !== undefined));
    if (value === 'ambiguous') return { kind: 'ambiguous', detail: `a section repeated with another ${field}` };
    (out as Record<string, unknown>)[field] = value;
  }
  return out;
}

export function readReputationText(root: Element): ReputationText {
  const { regions, lines } = labelRegions(root, PHRASES, true);
  const sections = {} as Record<ReputationMetric, SectionReading>;
  for (const metric of METRICS) {
    const own = regions.filter((r) => r.key === metric).map(readSection);
    sections[metric] = own.length ? combine(own) : { kind: 'absent' };
  }
  // The seller's tier and the period's totals sit outside the metrics' sections.
  const outside = lines.filter((l) => !regions.some((r) => r.element.contains(l.node))).map((l) => l.text);
  const tiers = outside.map((t) => LEADER_LINE.exec(t.trim())).filter((m) => m !== null);
  const tier = one(tiers.map((m) => (m[1] ?? 'silver').toLowerCase() as 'silver' | 'gold' | 'platinum'));
  const sales = one(
    outside
      .map((t) => SALES_TOTAL.exec(t)?.[1])
      .map((s) => (s === undefined ? undefined : parseCount(s)))
      .filter((s) => s !== undefined),
  );
  return {
    sections,
    leader: tier === 'ambiguous' ? undefined : tier,
    sales: sales === 'ambiguous' || sales === undefined ? undefined : sales,
  };
}
