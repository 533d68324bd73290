// Mercado Libre (policies.md §5): "Canceled by you" limits per country, for the green thermometer.
import type { MarketplaceRules, RateMetric, Rulebook } from './rulebook';

const LIMITS = 'https://global-selling.mercadolibre.com/help/16622';

function rate(thresholdPercent: number): RateMetric {
  return {
    kind: 'rate',
    name: 'cancelled-by-you',
    thresholdPercent,
    comparison: 'at-most',
    windowDays: 60,
    windowVerified: true,
    excludesPlatformFulfilled: false,
    // A third party reports that every sale refunded before delivery counts, whoever asked.
    notCountedWhenAskedVia: [],
    ruleIds: ['mercadolibre.cancel.limits', 'mercadolibre.cancel.who-asked'],
  };
}

function market(code: string, language: string, limit: number): MarketplaceRules {
  return { code, language, cancellation: rate(limit) };
}

export const mercadolibre: Rulebook = {
  platform: 'mercadolibre',
  displayName: 'Mercado Libre',
  checkedOn: '2026-11-21',
  defaultMarketplace: 'MX',
  marketplaces: {
    BR: market('BR', 'pt-BR', 1.5),
    MX: market('MX', 'es-MX', 1),
    AR: market('AR', 'es-AR', 1),
    CO: market('CO', 'es-CO', 2.5),
    CL: market('CL', 'es-CL', 2.5),
  },
  askBuyerToCancel: 'not-when-out-of-stock',
  buyerCancelFlow: { ruleId: 'mercadolibre.buyer-cancel' },
  buyerCancelRoute: { kind: 'buyer-flow' },
  addressChange: { kind: 'update-before-shipping' },
  unpaidOrders: { kind: 'platform-cancels' },
  reasonCodes: { buyerRequested: 'buyer-requested', outOfStock: 'out-of-stock' },
  messaging: {
    forbid: ['email', 'phone', 'links', 'off-platform'],
    maxLength: 350,
    requireOrderId: false,
    ruleIds: ['mercadolibre.messaging', 'mercadolibre.messaging.length'],
  },
  escalation: { ruleId: 'mercadolibre.claims.2-days', refundBeforeClaimRuleId: 'mercadolibre.claims.2-days' },
  followUpAfterCancel: { allowed: true, ruleId: 'mercadolibre.messaging' },
  rules: [
    {
      id: 'mercadolibre.cancel.limits',
      sourceKind: 'official',
      source: LIMITS,
      says: 'Green reputation allows "Canceled by you" up to 1.5% (BR), 1% (MX, AR), 2.5% (CO, CL) over the last 60 days.',
    },
    {
      id: 'mercadolibre.cancel.who-asked',
      sourceKind: 'third-party',
      source:
        'https://www.bling.mx/blog/comercio-eletronico/marketplace/mercado-libre/como-cancelar-venta-mercado-libre/',
      says: 'Any sale refunded before the buyer receives it counts as cancelled, whoever asked.',
    },
    {
      id: 'mercadolibre.buyer-cancel',
      sourceKind: 'third-party',
      source: 'https://amp.telediario.mx/comunidad/mercado-libre-como-cancelar-una-compra',
      says: 'Before shipping the buyer can use "Cancelar compra" in Mis compras.',
    },
    {
      id: 'mercadolibre.claims.2-days',
      sourceKind: 'official',
      source:
        'https://global-selling.mercadolibre.com/learning-center/news/follow-these-best-practices-to-avoid-potential-sanctions',
      says: 'A claim resolved within two business days does not affect reputation.',
    },
    {
      id: 'mercadolibre.messaging',
      sourceKind: 'official',
      source: 'https://ayuda.mercadolibre.com.mx/ayuda/T-cnicas-para-eludir-la-estruc_1231',
      says: 'No personal contact data and no deals outside Mercado Libre in messages.',
    },
    {
      id: 'mercadolibre.messaging.length',
      sourceKind: 'third-party',
      source: 'https://mercadoliderpro.com/en/blog/banned-words-mercadolibre-messages',
      says: 'Post-sale messages are limited to 350 characters; words like WhatsApp are blocked.',
    },
  ],
};
