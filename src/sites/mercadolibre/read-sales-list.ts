// The sales list (/vendas/omni/lista, /ventas/omni/listado) → the sales on screen: the sale number
// (pack id), date, buyer's name and user name, products, status, and Mercado Libre's own word on
// whether each sale counts against the seller's reputation. The cards are the page's only source
// of those; the page's bricks answer (./sales-bricks.ts) tells a list still being built from an
// empty one. A card that cannot be read refuses the list rather than undercount it.
import type { OrderItem, OrderSeen, PageReading } from '../../core/types';
import { SALES_BRICKS_PATH } from '../../page-world/mercadolibre-paths';
import { textOf } from '../dom-text';
import type { PageJson } from '../page-json';
import { isShown } from '../visible-text';
import { visibleLines } from '../visible-lines';
import { MERCADOLIBRE_SALE_ID } from './detect';
import { mercadoLibreMarketplaceOf, type MercadoLibreMarketplace } from './marketplaces';
import { parseSaleDate } from './sale-date';
import { afterSale, statusAmong } from './sale-status';
import { salesBricks } from './sales-bricks';
import { reputationVerdict } from './sale-reputation';
import { NOT_STATUS, SALES } from './selectors';

const PACK_TEXT = /^#?\s*(\d{10,16})$/;
const ROW_ID = /^row-(\d{10,16})_\d{10,16}$/;
const QUANTITY = /^(\d{1,5})\s+(?:unidades?|unidad)$/i;

/** The sale number: the "#2000…" the card shows, and its row id where it has one; both must agree. */
export function saleNumberOf(card: Element): string | undefined {
  const shown = PACK_TEXT.exec(textOf(card, SALES.packId, 40) ?? '')?.[1];
  const fromId = ROW_ID.exec(card.id)?.[1];
  if (shown && fromId && shown !== fromId) return undefined;
  const id = shown ?? fromId;
  return id && MERCADOLIBRE_SALE_ID.test(id) ? id : undefined;
}

/** One item per product block; a quantity that is there but unreadable makes the card unreadable. */
function itemsOf(card: Element): OrderItem[] | undefined {
  const items: OrderItem[] = [];
  for (const product of card.querySelectorAll(SALES.product)) {
    if (!isShown(product, card)) continue;
    const title = textOf(product, SALES.productTitle, 500);
    if (!title) continue;
    const shown = textOf(product, SALES.quantity, 40);
    const quantity = shown === undefined ? 1 : Number(QUANTITY.exec(shown)?.[1] ?? Number.NaN);
    if (!(quantity >= 1)) return undefined;
    const sku = textOf(product, SALES.sku, 100);
    items.push(sku ? { title, quantity, sku } : { title, quantity });
  }
  return items;
}

function readCard(card: Element, m: MercadoLibreMarketplace, now: number): OrderSeen | undefined {
  const id = saleNumberOf(card);
  const items = itemsOf(card);
  if (!id || !items) return undefined;
  // Names, titles, notes and the reputation line are never the status, whatever they say.
  const excluded = [...card.querySelectorAll(NOT_STATUS)];
  const lines = visibleLines(card)
    .filter((l) => !excluded.some((el) => el.contains(l.node)))
    .map((l) => l.text);
  const { status, headline } = statusAmong(lines);
  const date = textOf(card, SALES.date, 60);
  return {
    platform: 'mercadolibre',
    marketplace: m.code,
    id,
    orderedAt: date ? parseSaleDate(date, m.code, m.language, now) : undefined,
    buyerName: textOf(card, SALES.buyerName, 200),
    buyerId: textOf(card, SALES.buyerNickname, 100),
    items,
    status,
    // Whether Mercado Libre ships it (Full) is not something the card says for sure.
    fulfilment: 'unknown',
    affectsReputation: reputationVerdict(card),
    ...afterSale(lines, headline),
  };
}

/** No card on screen: an empty list, or one still being built. */
function noCards(doc: Document, json: PageJson | undefined): 'empty' | 'building' {
  const bricks = json ? salesBricks(json.latest(SALES_BRICKS_PATH)) : undefined;
  if (bricks) return bricks.empty ? 'empty' : 'building';
  const empty = [...doc.querySelectorAll(SALES.empty)].some((el) => isShown(el, doc));
  return empty ? 'empty' : 'building';
}

export function readMercadoLibreSalesList(doc: Document, url: URL, json?: PageJson, now = Date.now()): PageReading {
  const m = mercadoLibreMarketplaceOf(url)!;
  const base = { platform: 'mercadolibre' as const, page: 'order-list' as const, marketplace: m.code, url: url.href };
  const cards = [...doc.querySelectorAll(SALES.row)].filter((card) => isShown(card, doc));
  if (cards.length === 0) {
    return noCards(doc, json) === 'empty'
      ? { ...base, ok: true, orders: [], metrics: [] }
      : { ...base, ok: false, code: 'page-not-ready', reason: 'no sale cards and no empty list yet' };
  }
  const orders = cards.map((card) => readCard(card, m, now)).filter((o) => o !== undefined);
  if (orders.length !== cards.length)
    return {
      ...base,
      ok: false,
      code: 'rows-unreadable',
      reason: `${cards.length - orders.length} of ${cards.length} sale cards could not be read`,
    };
  return { ...base, ok: true, orders, metrics: [] };
}

/** The card of a sale, for the marks placed beside it. */
export function saleCard(doc: Document, saleNumber: string): Element | null {
  if (!MERCADOLIBRE_SALE_ID.test(saleNumber)) return null;
  return [...doc.querySelectorAll(SALES.row)].find((card) => saleNumberOf(card) === saleNumber) ?? null;
}
