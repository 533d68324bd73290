// Fills a template with the order's fields and the shop policy. Pure: the popup, the tests and any
// custom template go through the same function. Buyer and page text is inert here: it is inserted
// by function (so "$&" or "$'" in a name stays literal), stripped of bidi controls, isolated when
// it is written right to left, and shortened without splitting a character.
import { isolate, shorten, stripBidiControls } from '../bidi';
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
const NAME_MAX = 40;

/** Page text as it goes into a message: one line, no layout controls, short, isolated if right to left. */
function inert(text: string | undefined, max: number, drop = /(?!)/g): string {
  const clean = stripBidiControls(text ?? '')
    .replace(drop, '')
    .replace(/\s+/g, ' ')
    .trim();
  return clean ? isolate(shorten(clean, max)) : '';
}

export function renderText(text: string, lang: Language, f: DraftFields): string {
  const pack = PACKS[lang];
  // Only the name-like part of a buyer's name: markup-looking characters and placeholders are dropped.
  const buyer = inert(f.buyerName, NAME_MAX, /[<>{}]/g) || pack.buyerFallback;
  const withBuyer = buyer ? text.replaceAll('{buyer}', () => buyer) : text.replace(/,?[ \t]?\{buyer\}/g, '');
  const values: Record<string, string> = {
    orderId: f.orderId,
    item: inert(f.item, ITEM_MAX),
    flow: pack.flows[f.platform] ?? pack.flows.other,
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
