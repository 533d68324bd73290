// Mercado Libre's thermometers: one ladder of colours per variable, with the limits the country's
// table gives; "Cancelled by you" is the guarded one, with its disputed window and what counts.
import type { MetricId } from '../types';
import type { Ladder, MetricName, RateMetric } from './metric';

/** The level codes the reputation page writes (its state, or the public API's `5_green`). */
const LEVEL_NAMES = {
  green_platinum: 'leader',
  green_gold: 'leader',
  green_silver: 'leader',
  green: 'green',
  '5_green': 'green',
  yellow: 'yellow',
  '3_yellow': 'yellow',
  orange: 'orange',
  '2_orange': 'orange',
  red: 'red',
  '1_red': 'red',
} as const;

export type Limits = [leader: number, green: number, yellow: number, orange: number];

/** A thermometer for one variable: the colour's limit per step, as the country's table gives it. */
export function thermometer(name: MetricName, snapshotMetric: MetricId, limits: Limits, ruleId: string): Ladder {
  const [leader, green, yellow, orange] = limits;
  return {
    name,
    snapshotMetric,
    unit: name === 'cancelled-by-you' ? 'cancellations' : 'cases',
    topBand: 'leader',
    topBandIsStatus: true,
    boundaries: [
      { band: 'green', percent: leader, comparison: 'at-most', ruleId },
      { band: 'yellow', percent: green, comparison: 'at-most', ruleId },
      { band: 'orange', percent: yellow, comparison: 'at-most', ruleId },
      { band: 'red', percent: orange, comparison: 'at-most', ruleId },
    ],
    // Buyers distrust a shop whose colour drops: leaving green is what the banner calls "over".
    guarded: 'yellow',
    levelNames: LEVEL_NAMES,
    windowDays: 60,
  };
}

/** "Cancelled by you": the guarded thermometer, its disputed window, and what counts into it. */
export function cancelledByYou(limits: Limits, ruleId: string): RateMetric {
  return {
    ...thermometer('cancelled-by-you', 'cancellation-rate', limits, ruleId),
    kind: 'rate',
    windowByVolume: { minOrders: 10, otherwiseDays: 365, ruleId: 'mercadolibre.window' },
    window: { certainty: 'sources-disagree', ruleId: 'mercadolibre.window-learning' },
    newSeller: { untilSales: 10, ruleId: 'mercadolibre.colours' },
    // Sales Mercado Libre's own warehouse ships (Full) count too: no source excludes them.
    excludesPlatformFulfilled: false,
    // Every sale refunded before it arrives counts, whoever asked.
    notCountedWhenAskedVia: [],
    countRules: { definition: 'mercadolibre.variables', whoeverAsked: 'mercadolibre.cancel.who-asked' },
  };
}

export function mediations(): Ladder {
  const ladder = thermometer('mediations', 'mediation-rate', [0.5, 0.5, 0.5, 0.5], 'mercadolibre.mediations');
  return { ...ladder, boundaries: ladder.boundaries.slice(0, 1), guarded: 'green' };
}
