// Reputation (/reputacao, /reputacion) → the platform's own figures for claims, mediations,
// cancellations by the seller and late handling, each with its count, its window and the limits
// the page states, and the seller's level. The embedded state comes first (Brazil); the page's text
// is read in every case and, where both speak of a metric, must say the same. A new seller's metrics
// have no figure (never 0). Sources disagreeing, or two values for one thing, are refusals.
import type { MetricSnapshot, PageReading, ReadFailure, Standing } from '../../core/types';
import type { Percent } from '../parse-number';
import { mercadoLibreMarketplaceOf } from './marketplaces';
import { nordicPageProps } from './nordic-state';
import type { ReputationMetric } from './reputation-labels';
import { rateFits, reputationState, type ReputationState, type StateMetric } from './reputation-state';
import { readReputationText, type ReputationText, type SectionReading } from './reputation-text';

/** The guarded figure first. */
const ORDER: ReputationMetric[] = ['cancellation-rate', 'late-shipment-rate', 'claims-rate', 'mediation-rate'];

type Figure = Omit<MetricSnapshot, 'platform' | 'marketplace' | 'metric' | 'readAt'>;
type Refusal = { code: ReadFailure; reason: string };
/** A metric the page has no figure for (a new seller's), or does not show. */
const NONE = 'none';
type Outcome = Figure | Refusal | typeof NONE;

/** Two printings of one rate agree within the coarser one's last digit (a page may cut, not round). */
const sameRate = (a: Percent, b: Percent) =>
  Math.abs(a.value - b.value) < 10 ** -Math.min(a.decimals, b.decimals) + 1e-9;

function fromState(metric: ReputationMetric, s: StateMetric, text: SectionReading, days?: number): Outcome {
  if (text.kind === 'ambiguous') return { code: 'figures-disagree', reason: `${metric}: ${text.detail}` };
  const shown = text.kind === 'figure' ? text : undefined;
  if (!s.rate) {
    return shown ? { code: 'figures-disagree', reason: `${metric}: a figure on the page, none in its data` } : NONE;
  }
  if (
    shown &&
    (!sameRate(shown.rate, s.rate) ||
      (shown.counted !== undefined && s.counted !== undefined && shown.counted !== s.counted) ||
      (shown.limit !== undefined && s.limit !== undefined && shown.limit !== s.limit))
  )
    return { code: 'figures-disagree', reason: `${metric}: the page and its data disagree` };
  return {
    ratePercent: s.rate.value,
    counted: s.counted,
    total: s.total,
    windowDays: days,
    limitPercent: s.limit,
    nextLimitPercent: s.next,
  };
}

function fromText(metric: ReputationMetric, t: SectionReading, sales?: number): Outcome {
  if (t.kind === 'ambiguous') return { code: 'figures-disagree', reason: `${metric}: ${t.detail}` };
  if (t.kind !== 'figure') return NONE;
  // The period's sales are the rate's base only when the rate is that count's share of them.
  const fits =
    t.counted !== undefined && sales !== undefined && t.counted <= sales && rateFits(t.rate, t.counted, sales);
  return { ratePercent: t.rate.value, counted: t.counted, total: fits ? sales : undefined, limitPercent: t.limit };
}

const leaderLevel = (text: ReputationText) => (text.leader ? `green_${text.leader}` : undefined);

function figures(state: ReputationState | undefined, text: ReputationText): Map<ReputationMetric, Figure> | Refusal {
  const out = new Map<ReputationMetric, Figure>();
  const level = state ? state.level : leaderLevel(text);
  if (state && text.leader && state.level !== leaderLevel(text))
    return { code: 'figures-disagree', reason: `level ${state.level ?? '?'} but the page says ${text.leader}` };
  for (const metric of ORDER) {
    const s = state?.metrics.get(metric);
    if (s === 'invalid') return { code: 'page-data-invalid', reason: `${metric}: its data is not a rate we know` };
    const section = text.sections[metric];
    const figure: Outcome = !state
      ? fromText(metric, section, text.sales)
      : s
        ? fromState(metric, s, section, state.periodDays)
        : section.kind === 'figure'
          ? { code: 'figures-disagree', reason: `${metric}: on the page, not in its data` }
          : NONE;
    if (figure === NONE) continue;
    if ('code' in figure) return figure;
    out.set(metric, { ...figure, level });
  }
  return out;
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export function readMercadoLibreReputation(doc: Document, url: URL, now: number = Date.now()): PageReading {
  const marketplace = mercadoLibreMarketplaceOf(url)?.code ?? 'MX';
  const base = { platform: 'mercadolibre' as const, page: 'account-health' as const, marketplace, url: url.href };
  const props = nordicPageProps(doc);
  const state = typeof props === 'object' ? reputationState(props) : undefined;
  const text = readReputationText(doc.body ?? doc.documentElement);
  const titled = Object.values(text.sections).some((s) => s.kind !== 'absent');
  if (!state && !titled) {
    // A server-rendered page with a state that is not a reputation's is a layout we do not know;
    // without any state, the page may still be building itself.
    return props === undefined
      ? { ...base, ok: false, code: 'page-not-ready', reason: 'no reputation state and no metric on the page yet' }
      : { ...base, ok: false, code: 'layout-unknown', reason: 'the page state has no variablesData, no metric titles' };
  }
  const read = figures(state, text);
  if ('code' in read) return { ...base, ok: false, code: read.code, reason: read.reason };
  if (!state && read.size === 0)
    return { ...base, ok: false, code: 'page-not-ready', reason: 'metric titles without figures' };
  const metrics: MetricSnapshot[] = [...read].map(([metric, f]) =>
    withoutUndefined({ platform: 'mercadolibre' as const, marketplace, metric, ...f, readAt: now }),
  );
  const standing: Standing = withoutUndefined({
    level: state ? state.level : leaderLevel(text),
    sales: state ? state.sales : text.sales,
    periodDays: state?.periodDays,
  });
  return { ...base, ok: true, orders: [], metrics, ...(Object.keys(standing).length ? { standing } : {}) };
}
