// Order numbers as each platform writes them: the one place readers, the background's trust check
// and the import all hold ids to. eBay, Mercado Libre and TikTok Shop from their public docs; eBay's
// legacy form is ItemID-TransactionID (12 digits, then 12 to 14).
import type { Platform } from './types';

export const ORDER_ID_PATTERNS: Readonly<Record<Platform, RegExp>> = {
  amazon: /^\d{3}-\d{7}-\d{7}$/,
  etsy: /^\d{5,15}$/,
  aliexpress: /^\d{8,20}$/,
  ebay: /^(\d{2}-\d{5}-\d{5}|\d{12}-\d{12,14})$/,
  mercadolibre: /^\d{8,20}$/,
  tiktok: /^\d{15,20}$/,
};

export const isOrderId = (platform: Platform, id: string): boolean => ORDER_ID_PATTERNS[platform].test(id);
