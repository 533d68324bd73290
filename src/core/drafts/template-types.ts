// Draft templates: short, courteous, in the buyer's language. Placeholders in {braces} are filled
// by render.ts; unknown placeholders are left visible so the seller notices them. The languages a
// buyer can be written to are more than the languages the extension itself speaks (src/i18n):
// TikTok Shop's Southeast Asian buyers read Thai, Vietnamese, Indonesian and Malay.

import type { Platform } from '../types';

export const LANGUAGES = ['en', 'es', 'pt-BR', 'de', 'fr', 'it', 'ja', 'zh-CN', 'th', 'vi', 'id', 'ms'] as const;
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
  /** Mercado Libre's first step: explain and offer a solution before any cancellation. */
  'explain-offer-solution',
  /** TikTok: the item ships later (backorder, custom handling time) instead of a cancellation. */
  'backorder-notice',
  /** Amazon FBA: Amazon's customer service serves this buyer. */
  'contact-platform-support',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Per language: every template's text, and the phrases the renderer slots in. */
export interface LanguagePack {
  templates: Record<TemplateId, string>;
  /**
   * Where the buyer requests a cancellation, in that platform's own buyer pages (Amazon; eBay, within
   * its hour), and on any platform without an entry of its own.
   */
  flows: Partial<Record<Platform, string>> & { other: string };
  returnShippingBuyer: string;
  returnShippingSeller: string;
  /** "there" when the buyer's name is unknown. */
  buyerFallback: string;
}
