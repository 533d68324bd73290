// A platform's cancellation metric as a ladder of bands: Amazon has one limit, eBay three seller
// levels whose boundaries need a rate AND a count of defects from different buyers, Mercado Libre a
// colour per limit and country, TikTok Southeast Asia violation points and order limits. The guard
// reads this data; nothing about a platform is written in its code.
import type { Said } from '../said';
import type { MetricId } from '../types';

/** How the buyer asked: through the platform's own flow, by message, or not at all (the seller's idea). */
export type AskedVia = 'platform-request' | 'message' | 'seller';

/** The platform's name for a metric, worded by the catalogue (`metric.<name>`). */
export type MetricName =
  | 'cancellation-rate'
  | 'transaction-defect-rate'
  | 'cancelled-by-you'
  | 'seller-fault-cancellation-rate'
  | 'cases-closed'
  | 'case-rate'
  | 'claims'
  | 'delayed-handling'
  | 'mediations';

/** `below`: the rate must stay strictly under the limit; `at-most`: equal is still fine. */
export type Comparison = 'below' | 'at-most';

/** The steps of every ladder, worded as `band.<id>`. */
export const BANDS = [
  'within',
  'over',
  'top-rated',
  'above-standard',
  'below-standard',
  'leader',
  'green',
  'yellow',
  'orange',
  'red',
  'violation',
  'violation-severe',
  'order-limit-2',
  'order-limit-3',
] as const;
export type Band = (typeof BANDS)[number];

/** Crossing into `band`: the rate breaks `percent`, and where `minCount` is given that many were counted too. */
export interface Boundary {
  band: Band;
  percent: number;
  comparison: Comparison;
  /** eBay: at least this many defects from different buyers, so one defect never sinks a small shop. */
  minCount?: number;
  /** The count applies only while the window holds fewer orders than this (Etsy: 3 cases under 300 orders). */
  minCountUnderOrders?: number;
  ruleId: string;
}

/** How sure the window is: stated by the platform, stated differently by its own pages, or third-party only. */
export type WindowCertainty = 'stated' | 'sources-disagree' | 'third-party';

/** Which rules say what counts (see cancellation-counting.ts). */
export interface CountRules {
  /** Seller cancellations count. */
  definition: string;
  /** Orders the platform fulfils (FBA, FBT) are outside. */
  platformFulfilled?: string;
  /** A buyer's request through the platform's own flow does not count. */
  buyerRequest?: string;
  /** The buyer's reason picked without a buyer request still counts. */
  reasonMisuse?: string;
  /** A request made only by message counts. */
  messageOnly?: string;
  /** Every cancellation counts, whoever asked (Mercado Libre). */
  whoeverAsked?: string;
}

/** What the guard needs to judge one figure: its name, its ladder of bands and its window. */
export interface Ladder {
  name: MetricName;
  /** Which of the platform's figures (as the readers store them) this metric is. */
  snapshotMetric: MetricId;
  /** What one counted event is, for the seller: a cancellation, a defect, a case. */
  unit: 'cancellations' | 'defects' | 'cases';
  /** Boundaries count defects from different buyers (eBay), not every counted one. */
  countsUniqueBuyers?: boolean;
  /** Where the figures sit before any boundary is crossed. */
  topBand: Band;
  /** The top band is a status that needs more than this metric (Top Rated, MercadoLíder): its boundary matters only to sellers the page says hold it. */
  topBandIsStatus: boolean;
  /** In the order of the ladder: boundary i leads from band i (topBand first) to its `band`. */
  boundaries: Boundary[];
  /** The band whose boundary makes the level `over`. */
  guarded: Band;
  /** The platform's own names for its levels, as the pages write them, mapped to our bands. */
  levelNames?: Record<string, Band>;
  windowDays: number;
}

/** The guarded cancellation metric: a ladder, plus how its window is chosen and what counts into it. */
export interface RateMetric extends Ladder {
  kind: 'rate';
  /** Further windows the platform also measures (Amazon India: 7 and 30 days); the guard shows the worse. */
  alsoWindowDays?: number[];
  /** A window that depends on volume (eBay: 3 months with 400+ transactions in them, else 12). */
  windowByVolume?: { minOrders: number; otherwiseDays: number; ruleId: string };
  window: { certainty: WindowCertainty; ruleId: string };
  /** The platform judges on a fixed day of the month (eBay: the 20th). */
  evaluation?: { dayOfMonth: number; ruleId: string };
  /** No level until this many sales (Mercado Libre: grey until 10). */
  newSeller?: { untilSales: number; ruleId: string };
  /** Orders the platform fulfils (FBA, FBT, Full) are outside the metric. */
  excludesPlatformFulfilled: boolean;
  /** Ways the buyer can ask that keep a cancellation out of the metric. */
  notCountedWhenAskedVia: AskedVia[];
  countRules: CountRules;
}

export interface NoMetric {
  kind: 'none';
  /** Why there is no number to guard. */
  reason: Said;
  /** The rules that say so; none where no rule was found for the marketplace at all. */
  ruleIds: string[];
}

export type CancellationMetric = RateMetric | NoMetric;

export function guardedBoundary(metric: Ladder): Boundary {
  return metric.boundaries.find((b) => b.band === metric.guarded)!;
}

/** The bands in ladder order: the top band, then each boundary's. */
export function ladderOf(metric: Ladder): Band[] {
  return [metric.topBand, ...metric.boundaries.map((b) => b.band)];
}

/** The metric with the seller's own limit in place of the guarded boundary's (a setting in Options). */
export function withGuardedPercent(metric: RateMetric, percent: number): RateMetric {
  return {
    ...metric,
    boundaries: metric.boundaries.map((b) => (b.band === metric.guarded ? { ...b, percent } : b)),
  };
}

/** One limit and nothing else (Amazon, TikTok US): within it, or over it. */
export function singleLimit(
  percent: number,
  comparison: Comparison,
  ruleId: string,
): Pick<RateMetric, 'topBand' | 'topBandIsStatus' | 'boundaries' | 'guarded'> {
  return {
    topBand: 'within',
    topBandIsStatus: false,
    boundaries: [{ band: 'over', percent, comparison, ruleId }],
    guarded: 'over',
  };
}
