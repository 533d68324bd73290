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

/** What a boundary is judged on: counted events of all, and how many of them came from different buyers. */
export interface Counts {
  counted: number;
  total: number;
  /** eBay counts defects from different buyers; elsewhere this is `counted`. */
  uniques: number;
}

interface CountedBoundary {
  percent: number;
  comparison: Comparison;
  minCount?: number;
  minCountUnderOrders?: number;
}

/** Whether the boundary also needs a count here (Etsy's 3 cases apply only under 300 orders). */
export function needsCount(b: CountedBoundary, total: number): b is CountedBoundary & { minCount: number } {
  return b.minCount !== undefined && (b.minCountUnderOrders === undefined || total < b.minCountUnderOrders);
}

/** A boundary is crossed when the rate breaks it and, where it also needs a count, that count is reached. */
export function crosses(b: CountedBoundary, f: Counts): boolean {
  return breaks(f.counted, f.total, b.percent, b.comparison) && (!needsCount(b, f.total) || f.uniques >= b.minCount);
}

/**
 * How many more counted events fit before the boundary is crossed, each taken to come from a new buyer
 * (the worst case for eBay's count) and each on an order already in the total.
 */
export function roomBefore(b: CountedBoundary, f: Counts): number {
  if (crosses(b, f)) return 0;
  const byRate = headroom(f.counted, f.total, b.percent, b.comparison) + 1;
  const byCount = needsCount(b, f.total) ? Math.max(1, b.minCount - f.uniques) : 1;
  return Math.max(byRate, byCount) - 1;
}
