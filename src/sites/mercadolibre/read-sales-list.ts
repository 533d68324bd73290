// The sales list (/vendas/omni/lista, /ventas/omni/listado) → the sales on screen: the sale number
// (pack id), date, buyer's name and user name, products, status, and Mercado Libre's own word on
// whether each sale counts against the seller's reputation. The cards are the page's only source
// of those; the page's bricks answer (./sales-bricks.ts) tells a list still being built from an
// empty one. A card that cannot be read refuses the list rather than undercount it.
import type { OrderItem, OrderSeen, PageReading } from '../../core/types';
import type { PageJson } from '../page-json';
import { mercadoLibreMarketplaceOf, type MercadoLibreMarketplace } from './marketplaces';
import { parseSaleDate } from './sale-date';
import { afterSale, fulfilmentOf, isHeadline, statusAmong } from './sale-status';
import { reputationVerdict } from './sale-reputation';
import { agreed, cardTexts, mayHideUnder, type CardTexts, type ProductTexts } from './card-fields';
import { saleNumberOf } from './sale-number';
import { noCards, shownCards } from './shown-cards';

const QUANTITY = /^(\d{1,5})\s+(?:unidades?|unidad)$/i;

/** One item per product block; a quantity that is there but unreadable makes the card unreadable. */
function itemsOf(products: ProductTexts[]): OrderItem[] | undefined {
  const items: OrderItem[] = [];
  for (const product of products) {
    const title = agreed(product.title);
    if (!title) continue;
    const shown = agreed(product.quantity);
    const quantity = product.quantity.some(Boolean) ? Number(QUANTITY.exec(shown ?? '')?.[1] ?? Number.NaN) : 1;
    if (!(quantity >= 1)) return undefined;
    const sku = agreed(product.sku)?.slice(0, 100);
    items.push(sku ? { title, quantity, sku } : { title, quantity });
  }
  return items;
}

/** A function of text worked out once per text: a list repeats its dates, lines and headlines. */
function onceEach<T>(judge: (text: string) => T): (text: string) => T {
  const judged = new Map<string, T>();
  return (text) => {
    if (!judged.has(text)) judged.set(text, judge(text));
    return judged.get(text)!;
  };
}

/** What a read works out from a card's texts, each text once. */
function cardWords(m: MercadoLibreMarketplace, now: number) {
  return {
    headline: onceEach(isHeadline),
    date: onceEach((date) => parseSaleDate(date, m.code, m.language, now)),
    verdict: onceEach((lines) => reputationVerdict(JSON.parse(lines) as string[])),
    // Names, titles, notes and the reputation line are never the status, whatever they say.
    status: onceEach((lines) => {
      const loose = JSON.parse(lines) as string[];
      const { status, headline } = statusAmong(loose);
      return { status, fulfilment: fulfilmentOf(headline), ...afterSale(loose, headline) };
    }),
  };
}

function readCard(card: Element, texts: CardTexts, m: MercadoLibreMarketplace, said: ReturnType<typeof cardWords>) {
  const { fields, products, loose } = texts;
  const id = saleNumberOf(card, fields.packId);
  const items = itemsOf(products);
  if (!id || !items) return undefined;
  const date = agreed(fields.date);
  const order: OrderSeen = {
    platform: 'mercadolibre',
    marketplace: m.code,
    id,
    orderedAt: date ? said.date(date) : undefined,
    buyerName: agreed(fields.buyerName)?.slice(0, 200),
    buyerId: agreed(fields.buyerNickname)?.slice(0, 100),
    items,
    // Both from the status headline (cardWords): Full only where the headline says so.
    status: 'unknown',
    fulfilment: 'unknown',
    affectsReputation: said.verdict(JSON.stringify(fields.reputation)),
  };
  return Object.assign(order, said.status(JSON.stringify(loose)));
}

const baseOf = (url: URL, m: MercadoLibreMarketplace) => ({
  platform: 'mercadolibre' as const,
  page: 'order-list' as const,
  marketplace: m.code,
  url: url.href,
});

/** The sales on the cards; undefined when there is no card on screen. */
function readCards(doc: Document, url: URL, now: number): PageReading | undefined {
  const m = mercadoLibreMarketplaceOf(url)!;
  const base = baseOf(url, m);
  const { cards, lists } = shownCards(doc);
  if (cards.length === 0) return undefined;
  // Asked of the lists that hold the cards (usually one), not of the whole page.
  const mayHide = new Set(lists.flatMap((list) => [...mayHideUnder(list)]));
  const said = cardWords(m, now);
  const orders = cards
    .map((card) => readCard(card, cardTexts(card, said.headline, mayHide), m, said))
    .filter((o) => o !== undefined);
  if (orders.length !== cards.length)
    return {
      ...base,
      ok: false,
      code: 'rows-unreadable',
      reason: `${cards.length - orders.length} of ${cards.length} sale cards could not be read`,
    };
  return { ...base, ok: true, orders, metrics: [] };
}

/**
 * The guard's half once the page's own answer was seen (the list is fed by it, sales-feed.ts): the
 * cards, or with none on screen an empty list that the background keeps only if the answer says so.
 */
export function readMercadoLibreSaleRows(doc: Document, url: URL, now = Date.now()): PageReading {
  return (
    readCards(doc, url, now) ?? { ...baseOf(url, mercadoLibreMarketplaceOf(url)!), ok: true, orders: [], metrics: [] }
  );
}

export function readMercadoLibreSalesList(doc: Document, url: URL, json?: PageJson, now = Date.now()): PageReading {
  const read = readCards(doc, url, now);
  if (read) return read;
  const base = baseOf(url, mercadoLibreMarketplaceOf(url)!);
  return noCards(doc, json) === 'empty'
    ? { ...base, ok: true, orders: [], metrics: [] }
    : { ...base, ok: false, code: 'page-not-ready', reason: 'no sale cards and no empty list yet' };
}
