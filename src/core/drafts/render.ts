// Fills a template with the order's fields and the shop policy. Pure: the popup, the tests and any
// custom template go through the same function.
import type { Platform } from '../types';
import { PACKS } from './packs';
import type { Language, TemplateId } from './template-types';

export interface DraftFields {
  platform: Platform;
  orderId: string;
  buyerName?: string;
  item?: string;
  returnWindowDays: number;
  returnShippingPaidBy: 'buyer' | 'seller';
  signature: string;
}

/** Long item titles make long messages (Mercado Libre allows 350 characters): keep the start. */
const ITEM_MAX = 40;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Only the first name-like part of a buyer's name: "Margaret Holloway" stays, markup-looking text is dropped. */
function buyerName(name: string | undefined): string {
  const clean = (name ?? '')
    .replace(/[<>{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return shorten(clean, 40);
}

export function renderText(text: string, lang: Language, f: DraftFields): string {
  const pack = PACKS[lang];
  const buyer = buyerName(f.buyerName);
  const withBuyer = buyer
    ? text.replaceAll('{buyer}', buyer)
    : pack.buyerFallback
      ? text.replaceAll('{buyer}', pack.buyerFallback)
      : text.replace(/,?[ \t]?\{buyer\}/g, '');
  const values: Record<string, string> = {
    orderId: f.orderId,
    item: shorten((f.item ?? '').replace(/\s+/g, ' ').trim(), ITEM_MAX),
    flow: f.platform === 'amazon' ? pack.flowAmazon : pack.flowGeneric,
    returnDays: String(f.returnWindowDays),
    returnShipping: f.returnShippingPaidBy === 'seller' ? pack.returnShippingSeller : pack.returnShippingBuyer,
    signature: f.signature.trim(),
  };
  return withBuyer
    .replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
    .replace(/\n+$/, '')
    .trimEnd();
}

export function renderTemplate(id: TemplateId, lang: Language, f: DraftFields): string {
  return renderText(PACKS[lang].templates[id], lang, f);
}
