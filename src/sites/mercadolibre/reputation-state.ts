// Brazil's reputation page state (`appProps.pageProps`, id71235397529 `SHC.mlReputacaoDoEstado`,
// mapped live on 24–25/09/2026): `variablesData.variables[]{id, percentage, quantity, transactions,
// thresholds.quality.percentage, thresholds.next.percentage}`, the level at `summaryData.levels.level`
// (or `levels.level`, `requirementsData.current.level`), the period at `periodDays` or
// `summaryData.periods.quantity`, the period's sales at `summaryData.variables.sales`. Every field
// is checked; a percentage of null is a metric with no figure yet (a new seller), never 0.
import { purePercent, type Percent } from '../parse-number';
import { LEVELS, type ReputationMetric } from './reputation-labels';
import { obj, type Json } from './nordic-state';

export interface StateMetric {
  /** Undefined when the page has no figure for it yet. */
  rate?: Percent;
  counted?: number;
  total?: number;
  limit?: number;
  next?: number;
}

export interface ReputationState {
  level?: string;
  periodDays?: number;
  sales?: number;
  metrics: Map<ReputationMetric, StateMetric | 'invalid'>;
}

const METRIC_OF: Record<string, ReputationMetric> = {
  claims: 'claims-rate',
  disputes: 'mediation-rate',
  mediations: 'mediation-rate',
  cancellations: 'cancellation-rate',
  delayed_handling_time: 'late-shipment-rate',
  delays: 'late-shipment-rate',
};

const whole = (x: unknown): number | undefined => {
  const n = typeof x === 'string' && /^\d{1,9}$/.test(x) ? Number(x) : x;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 1e9 ? n : undefined;
};

/** A percentage as the state writes it: 0.73, or a string such as "0,73%". */
function percentOf(x: unknown): Percent | undefined {
  if (typeof x === 'string') return purePercent(/%/.test(x) ? x : `${x}%`);
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 100) return undefined;
  const digits = String(x);
  const dot = digits.indexOf('.');
  return /e/i.test(digits) ? undefined : { value: x, decimals: dot < 0 ? 0 : digits.length - dot - 1 };
}

/**
 * Whether the shown rate is the counts' own. Within one unit of its last printed digit: the page
 * may cut the rate rather than round it.
 */
export function rateFits(rate: Percent, counted: number, total: number): boolean {
  if (total <= 0) return false;
  return Math.abs((counted / total) * 100 - rate.value) < 10 ** -rate.decimals + 1e-9;
}

function metricOf(v: Json): StateMetric | 'invalid' {
  const limit = percentOf(obj(obj(v.thresholds)?.quality)?.percentage);
  const next = percentOf(obj(obj(v.thresholds)?.next)?.percentage);
  const out: StateMetric = { limit: limit?.value, next: next?.value };
  if (v.percentage === null || v.percentage === undefined) return out;
  const rate = percentOf(v.percentage);
  if (!rate) return 'invalid';
  const [counted, total] = [whole(v.quantity), whole(v.transactions)];
  // Counts that are not the rate's own belong to something else: the rate stands without them.
  const fits = counted !== undefined && total !== undefined && counted <= total && rateFits(rate, counted, total);
  return fits ? { ...out, rate, counted, total } : { ...out, rate };
}

/** The one value the candidates agree on; undefined when none or when they differ. */
function agreed<T>(values: (T | undefined)[]): T | undefined {
  const present = [...new Set(values.filter((x) => x !== undefined))];
  return present.length === 1 ? present[0] : undefined;
}

/** The page's reputation state, or undefined when the state has no `variablesData` (another page, an error). */
export function reputationState(pageProps: Json): ReputationState | undefined {
  const variables = obj(pageProps.variablesData)?.variables;
  if (!Array.isArray(variables)) return undefined;
  const summary = obj(pageProps.summaryData);
  const metrics = new Map<ReputationMetric, StateMetric | 'invalid'>();
  for (const raw of variables) {
    const v = obj(raw);
    const metric = typeof v?.id === 'string' ? METRIC_OF[v.id] : undefined;
    if (!v || !metric) continue;
    metrics.set(metric, metrics.has(metric) ? 'invalid' : metricOf(v));
  }
  const level = agreed(
    [
      obj(summary?.levels)?.level,
      obj(pageProps.levels)?.level,
      obj(obj(pageProps.requirementsData)?.current)?.level,
    ].map((l) => (typeof l === 'string' ? l : undefined)),
  );
  const period = agreed([whole(pageProps.periodDays), whole(obj(summary?.periods)?.quantity)]);
  return {
    level: level && LEVELS.has(level) ? level : undefined,
    periodDays: period !== undefined && period >= 1 && period <= 365 ? period : undefined,
    sales: whole(obj(summary?.variables)?.sales),
    metrics,
  };
}
