// Exact threshold arithmetic. Rates like 2.5% are compared on integers so that 1 of 40
// (exactly 2.5%) is judged the same way every time, with no floating-point drift.

export type Comparison = 'below' | 'at-most';

const SCALE = 1000; // thresholds are given to at most three decimals (e.g. 2.5, 0.3)

function scaled(thresholdPercent: number): number {
  return Math.round(thresholdPercent * SCALE);
}

/** True when `counted` of `total` breaks the threshold (`below`: reaching it breaks it). */
export function breaks(counted: number, total: number, thresholdPercent: number, comparison: Comparison): boolean {
  const left = counted * 100 * SCALE;
  const right = scaled(thresholdPercent) * total;
  return comparison === 'below' ? left >= right : left > right;
}

/** How many more counted cancellations fit before the threshold breaks. */
export function headroom(counted: number, total: number, thresholdPercent: number, comparison: Comparison): number {
  const limit = scaled(thresholdPercent) * total; // compare against (counted + k) * 100 * SCALE
  const unit = 100 * SCALE;
  const maxCounted = comparison === 'below' ? Math.ceil(limit / unit) - 1 : Math.floor(limit / unit);
  return Math.max(0, maxCounted - counted);
}

export function ratePercent(counted: number, total: number): number {
  return (counted / total) * 100;
}

/** Two decimals, as the platforms show it. */
export function roundRate(rate: number): number {
  return Math.round(rate * 100) / 100;
}
