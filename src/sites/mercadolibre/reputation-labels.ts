// The reputation page's words in Portuguese (Brazil) and Spanish (every other country), so each
// metric's section is found by what it says. Sources: Mexico's page text (id58324639087: "Reclamos",
// "Mediaciones", "Canceladas por ti", "Son N de tus ventas", "Por debajo del Y% permitido",
// "MercadoLíder Gold", "N Ventas"); Brazil's metric names as Copiloto labels the state
// (id71235397529: "Reclamações", "Mediações", "Cancelamentos (por você)", "Envios atrasados").
// The delays section's title and the Portuguese sentences are not captured anywhere: they are the
// usual wordings. A wrong guess can only leave a section unread (the state still speaks), never
// misread it.
import type { MetricId } from '../../core/types';

/** The metrics the page shows, as our metric ids (late handling is the platform's late-shipment figure). */
export type ReputationMetric = Extract<
  MetricId,
  'claims-rate' | 'mediation-rate' | 'cancellation-rate' | 'late-shipment-rate'
>;

export const SECTION_LABELS: Record<ReputationMetric, readonly string[]> = {
  'claims-rate': ['Reclamos', 'Reclamações'],
  'mediation-rate': ['Mediaciones', 'Mediações'],
  'cancellation-rate': [
    'Canceladas por ti',
    'Cancelaciones por ti',
    'Ventas canceladas por ti',
    'Canceladas por você',
    'Cancelamentos por você',
    'Cancelamentos (por você)',
    'Vendas canceladas por você',
  ],
  'late-shipment-rate': [
    'Despachaste con demora',
    'Despachos con demora',
    'Envíos con demora',
    'Envíos demorados',
    'Envios com atraso',
    'Envios atrasados',
    'Despachos com atraso',
  ],
};

/** Headings of what follows the metrics (they bound the last metric's section). */
export const OTHER_SECTIONS: readonly string[] = [
  'Productos con más problemas',
  'Produtos com mais problemas',
  'Tu desempeño',
  'Seu desempenho',
];

/** "Son 5 de tus ventas" / "São 5 das suas vendas": the section's count. */
export const COUNT_LINE =
  /^(?:son|es|são|é)\s+(\d[\d.,]*)\s+(?:de\s+tus|das\s+suas|da\s+sua)\s+(?:ventas?|vendas?)\.?$/iu;

/** "Por debajo del 1% permitido" / "Abaixo do 1% permitido": the limit, and which side of it the seller is. */
export const LIMIT_LINE =
  /^(por debajo|por encima|abaixo|acima)\s+(?:del?|do)\s+(\d{1,3}(?:[.,]\d{1,2})?)\s*%\s+(?:permitido|máximo)\.?$/iu;

export const UNDER_LIMIT = /^(?:por debajo|abaixo)$/i;

/** "MercadoLíder Gold" alone on a line: the seller's tier (a plain "MercadoLíder" is Silver). */
export const LEADER_LINE = /^mercado\s?l[ií]der(?:\s+(silver|gold|platinum))?$/iu;

/** "1,017 Ventas" / "1.204 vendas" in the period's totals. */
export const SALES_TOTAL = /(?<![\d.,])(\d[\d.,]*)\s+(?:ventas|vendas)(?=\s|$)/iu;

/** The state's level codes (Copiloto's list, id71235397529; the thermometer's colours, policies.md §5.1). */
export const LEVELS = new Set([
  'green_platinum',
  'green_gold',
  'green_silver',
  'green',
  'light_green',
  'yellow',
  'orange',
  'red',
  'newbie',
]);
