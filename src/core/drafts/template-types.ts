// Draft templates: short, courteous, in the buyer's language. Placeholders in {braces} are filled
// by render.ts; unknown placeholders are left visible so the seller notices them.

export const LANGUAGES = ['en', 'es', 'pt-BR', 'de', 'fr', 'it', 'ja', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

export const TEMPLATE_IDS = [
  'ask-request-cancellation',
  'cancellation-confirmed',
  'out-of-stock-cancelled',
  'duplicate-check',
  'address-cannot-change',
  'address-update-confirm',
  'payment-reminder',
  'tracking-update',
  'refund-issued',
  'replacement-offer',
  'offer-return',
  'decline-politely',
  'ask-photos',
  'ask-why-cancelled',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Per language: every template's text, and the phrases the renderer slots in. */
export interface LanguagePack {
  templates: Record<TemplateId, string>;
  /** Where the buyer requests a cancellation on Amazon, and elsewhere. */
  flowAmazon: string;
  flowGeneric: string;
  returnShippingBuyer: string;
  returnShippingSeller: string;
  /** "there" when the buyer's name is unknown. */
  buyerFallback: string;
}
