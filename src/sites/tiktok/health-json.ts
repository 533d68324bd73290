// Shop health's own answer: `growth_center/performance/list` → `data.indicators[]{title, name, value,
// target_value, operator}` (seller-dom-wave2.md §3.3). Indicators are matched by name SUBSTRING as the
// public crawler does (id56506508748; full names differ by region and are mostly unknown); values
// are fractions (0.012 = 1.2%), checked against the target's unit; a window only where the name
// states one (`_s14d_e8d`: 14 days). No value is no figure, never 0.
import { arr, dataOf, obj, text } from './json-fields';

export type HealthMetric = 'seller-fault-cancellation' | 'late-dispatch' | 'valid-tracking';
export const HEALTH_METRICS: readonly HealthMetric[] = ['seller-fault-cancellation', 'late-dispatch', 'valid-tracking'];

export interface HealthFigure {
  metric: HealthMetric;
  /** The indicator's full name, as matched by substring. */
  name: string;
  /** Percent, two decimals; null when the indicator has no value yet. */
  ratePercent: number | null;
  limitPercent: number;
  comparison: 'at-most' | 'at-least';
  windowDays?: number;
}

/** The indicator's title as the page shows it, for the markup cross-check. */
export type TitledFigure = HealthFigure & { title?: string };

const MATCH: [HealthMetric, (name: string) => boolean, 'le' | 'ge'][] = [
  ['seller-fault-cancellation', (n) => n.includes('liable_cancel_rate'), 'le'],
  ['late-dispatch', (n) => n.includes('late_dispatch') && !/instant|sameday/.test(n), 'le'],
  ['valid-tracking', (n) => n.includes('valid_tracking'), 'ge'],
];

/** A fraction of one, from a number or a decimal string. */
function fraction(x: unknown): number | undefined {
  const n = typeof x === 'number' ? x : typeof x === 'string' && /^\d{1,3}(?:\.\d{1,8})?$/.test(x) ? Number(x) : NaN;
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
}

const percent = (f: number) => Math.round(f * 10_000) / 100;

/** One indicator of ours, or 'invalid' when its unit or operator is not the one its metric has. */
function figureOf(
  raw: Record<string, unknown>,
  metric: HealthMetric,
  operator: 'le' | 'ge',
  name: string,
): TitledFigure | 'invalid' {
  const target = fraction(raw.target_value);
  const value = raw.value === null ? null : fraction(raw.value);
  if (raw.operator !== operator || target === undefined || value === undefined) return 'invalid';
  const window = /_s(\d{1,3})d(?:_|$)/.exec(name.toLowerCase())?.[1];
  return {
    metric,
    name,
    ratePercent: value === null ? null : percent(value),
    limitPercent: percent(target),
    comparison: operator === 'le' ? 'at-most' : 'at-least',
    ...(window ? { windowDays: Number(window) } : {}),
    title: text(raw.title, 200),
  };
}

export interface IndicatorReading {
  /** Ours, by metric: as read, or 'invalid' when it does not hold together or two of one metric disagree. */
  mine: Map<HealthMetric, TitledFigure | 'invalid'>;
  /** Every other indicator's title: where the page shows one, its figure is not ours. */
  otherTitles: string[];
}

const same = (a: TitledFigure | 'invalid', b: TitledFigure | 'invalid') =>
  a !== 'invalid' && b !== 'invalid' && a.ratePercent === b.ratePercent && a.limitPercent === b.limitPercent;

/** Our indicators of a performance/list answer; undefined when the body is not one. */
export function healthIndicators(body: unknown): IndicatorReading | undefined {
  const list = arr(dataOf(body)?.indicators);
  if (!list) return undefined;
  const out: IndicatorReading = { mine: new Map(), otherTitles: [] };
  for (const raw of list) {
    const i = obj(raw);
    const name = typeof i?.name === 'string' ? i.name.slice(0, 200) : '';
    const match = MATCH.find(([, test]) => test(name.toLowerCase()));
    if (!i) continue;
    if (!match) {
      const title = text(i.title, 200);
      if (title) out.otherTitles.push(title);
      continue;
    }
    const figure = figureOf(i, match[0], match[2], name);
    const seen = out.mine.get(match[0]);
    out.mine.set(match[0], seen === undefined || same(seen, figure) ? (seen ?? figure) : 'invalid');
  }
  return out;
}
