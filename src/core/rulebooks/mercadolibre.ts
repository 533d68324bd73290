// Mercado Libre (policies.md §5): the thermometer's limit per colour and country for "Canceled by
// you", claims, late handling and (for MercadoLíderes) mediations; every cancellation counts,
// whoever asked; the window is the page's own (the official pages disagree).
import { said } from '../said';
import { mercadolibreRules } from './mercadolibre-rules';
import { cancelledByYou, mediations, thermometer, type Limits } from './mercadolibre-metrics';
import { oldestCheck } from './rule';
import type { MarketplaceRules, Rulebook } from './rulebook';

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
