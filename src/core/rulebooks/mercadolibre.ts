// Mercado Libre (policies.md §5): the thermometer's limit per colour and country for "Canceled by
// you", claims, late handling and (for MercadoLíderes) mediations; every cancellation counts,
// whoever asked; the window is the page's own (the official pages disagree).
import { said } from '../said';
import { mercadolibreRules } from './mercadolibre-rules';
import type { Ladder, MetricName, RateMetric } from './metric';
import { oldestCheck } from './rule';
import type { MarketplaceRules, Rulebook } from './rulebook';
import type { MetricId } from '../types';

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

type Limits = [leader: number, green: number, yellow: number, orange: number];

/** A thermometer for one variable: the colour's limit per step, as the country's table gives it. */
function thermometer(name: MetricName, snapshotMetric: MetricId, limits: Limits, ruleId: string): Ladder {
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
function cancelledByYou(limits: Limits, ruleId: string): RateMetric {
  return {
    ...thermometer('cancelled-by-you', 'cancellation-rate', limits, ruleId),
    kind: 'rate',
    windowByVolume: { minOrders: 10, otherwiseDays: 365, ruleId: 'mercadolibre.window' },
    window: { certainty: 'sources-disagree', ruleId: 'mercadolibre.window-learning' },
    newSeller: { untilSales: 10, ruleId: 'mercadolibre.colours' },
    excludesPlatformFulfilled: false,
    // Every sale refunded before it arrives counts, whoever asked.
    notCountedWhenAskedVia: [],
    countRules: { definition: 'mercadolibre.variables', whoeverAsked: 'mercadolibre.cancel.who-asked' },
  };
}

function mediations(): Ladder {
  const ladder = thermometer('mediations', 'mediation-rate', [0.5, 0.5, 0.5, 0.5], 'mercadolibre.mediations');
  return { ...ladder, boundaries: ladder.boundaries.slice(0, 1), guarded: 'green' };
}

interface CountryTable {
  cancelled: Limits;
  claims: Limits;
  late: Limits;
  ruleId: string;
}

function country(
  code: string,
  language: string,
  t: CountryTable,
  extra: Partial<MarketplaceRules> = {},
): MarketplaceRules {
  return {
    code,
    language,
    cancellation: cancelledByYou(t.cancelled, t.ruleId),
    alsoGuarded: [
      thermometer('claims', 'claims-rate', t.claims, t.ruleId),
      thermometer('delayed-handling', 'late-shipment-rate', t.late, t.ruleId),
      mediations(),
    ],
    replyWithin: { amount: 8, unit: 'business-hours', ruleId: 'mercadolibre.no-exclusion' },
    ...extra,
  };
}

const MX_TABLE: Omit<CountryTable, 'ruleId'> = {
  cancelled: [0.5, 1, 2.5, 3],
  claims: [1, 1.5, 3, 6],
  late: [8, 10, 15, 22],
};

/** Countries Mercado Libre sells in whose limits no source gives: no colour is judged there. */
const UNSOURCED = ['UY', 'PE', 'VE', 'EC', 'BO', 'PY', 'CR', 'DO', 'PA', 'GT', 'SV', 'HN', 'NI'];

const unsourced = Object.fromEntries(
  UNSOURCED.map((code): [string, MarketplaceRules] => [
    code,
    {
      code,
      language: `es-${code}`,
      cancellation: { kind: 'none', reason: said('guard.no-metric.unsourced'), ruleIds: [] },
      replyWithin: { amount: 8, unit: 'business-hours', ruleId: 'mercadolibre.no-exclusion' },
    },
  ]),
);

export const mercadolibre: Rulebook = {
  platform: 'mercadolibre',
  displayName: 'Mercado Libre',
  checkedOn: oldestCheck(mercadolibreRules),
  defaultMarketplace: 'MX',
  marketplaces: {
    BR: country('BR', 'pt-BR', {
      cancelled: [0.5, 1.5, 3.5, 4],
      claims: [1, 2, 4.5, 8],
      late: [6, 10, 18, 22],
      ruleId: 'mercadolibre.limits.br',
    }),
    MX: country('MX', 'es-MX', { ...MX_TABLE, ruleId: 'mercadolibre.limits.mx' }),
    AR: country(
      'AR',
      'es-AR',
      { ...MX_TABLE, ruleId: 'mercadolibre.limits.ar' },
      {
        returns: { windowDays: 30, from: 'receipt', ruleId: 'mercadolibre.returns' },
      },
    ),
    CO: country('CO', 'es-CO', {
      cancelled: [1.5, 2.5, 7, 9],
      claims: [2.5, 3.5, 5.5, 7],
      late: [10, 12, 18, 26],
      ruleId: 'mercadolibre.limits.co-cl',
    }),
    CL: country('CL', 'es-CL', {
      cancelled: [1.5, 2.5, 7, 9],
      claims: [2.5, 3.5, 5.5, 7],
      late: [10, 12, 18, 26],
      ruleId: 'mercadolibre.limits.co-cl',
    }),
    ...unsourced,
  },
  askBuyerToCancel: 'not-when-out-of-stock',
  askBuyerToCancelRuleId: 'mercadolibre.no-exclusion',
  buyerCancelRoute: { kind: 'explain-first', ruleId: 'mercadolibre.cancel.who-asked' },
  addressChange: { kind: 'update-before-shipping' },
  unpaidOrders: { kind: 'not-stated' },
  reasonCodes: {
    buyerRequested: { code: 'buyer-requested', ruleId: 'mercadolibre.cancel.who-asked' },
    outOfStock: { code: 'out-of-stock', ruleId: 'mercadolibre.no-exclusion' },
    sellerCannotShip: { code: 'cannot-ship', ruleId: 'mercadolibre.no-exclusion' },
  },
  messaging: {
    forbid: {
      email: 'mercadolibre.fee-avoidance',
      phone: 'mercadolibre.fee-avoidance',
      links: 'mercadolibre.messaging.moderation',
      'off-platform': 'mercadolibre.messaging',
      'filtered-words': 'mercadolibre.messaging.filter',
    },
    maxLength: { units: 350, ruleId: 'mercadolibre.messaging.length' },
    startsWithReason: { ruleId: 'mercadolibre.messaging.reason-first' },
    // "e-mail" is contact data, which moderation blocks; the others are the filter's own examples.
    filteredWords: ['WhatsApp', 'Telegram', 'Instagram', 'e-mail', 'email'],
  },
  escalation: {
    ruleId: 'mercadolibre.claims.2-days',
    answerWithin: { amount: 2, unit: 'business-days', ruleId: 'mercadolibre.claims.2-days' },
    requestAnswerWithin: { amount: 2, unit: 'business-days', ruleId: 'mercadolibre.claims.2-days' },
    resolvingInTimeKeepsItOff: { ruleId: 'mercadolibre.claims.2-days' },
    mediation: { ruleId: 'mercadolibre.mediations' },
    exclusionReview: {
      ruleId: 'mercadolibre.exclusion',
      grounds: ['buyer-error', 'delivered-not-received', 'remorse', 'carrier-delay'],
    },
  },
  followUpAfterCancel: { allowed: true, ruleId: 'mercadolibre.messaging' },
  rules: mercadolibreRules,
};
