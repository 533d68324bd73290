// The cards of the sales that get marks (src/content/flags.ts asks for all of them at once): by
// row id where cards carry one, else by the number each card shows; either way the card must show
// that number.
import { visibleText } from '../visible-text';
import { MERCADOLIBRE_SALE_ID } from './detect';
import { saleNumberOf } from './sale-number';
import { SALES } from './selectors';

const WITH_ROW_ID = `${SALES.row}[id^="row-"]`;
const ROW_ID = /^row-(\d+)_/;

/** The first card of each row id, from one query: a query per mark scanned the whole page each time. */
function cardsByRowId(doc: Document): Map<string, Element> {
  const cards = new Map<string, Element>();
  for (const card of doc.querySelectorAll(WITH_ROW_ID)) {
    const id = ROW_ID.exec(card.id)?.[1];
    if (id && !cards.has(id)) cards.set(id, card);
  }
  return cards;
}

/** The sale number the card shows, its row id agreeing (saleNumberOf). */
function shownNumber(card: Element): string | undefined {
  const shown = visibleText(card.querySelector(SALES.packId));
  return saleNumberOf(card, shown ? [shown] : []);
}

/**
 * Each sale's card: the first card whose row id is the sale's, if it shows that number; a sale no card's
 * row id names, the first card that shows its number. A card whose id and number differ is never marked.
 */
export function saleCards(doc: Document, saleNumbers: ReadonlySet<string>): Map<string, Element> {
  const found = new Map<string, Element>();
  const byRowId = cardsByRowId(doc);
  const rest = new Set<string>();
  for (const sale of saleNumbers) {
    if (!MERCADOLIBRE_SALE_ID.test(sale)) continue;
    const card = byRowId.get(sale);
    if (!card) rest.add(sale);
    else if (shownNumber(card) === sale) found.set(sale, card);
  }
  if (rest.size === 0) return found;
  for (const card of doc.querySelectorAll(SALES.row)) {
    const sale = shownNumber(card);
    if (sale && rest.has(sale) && !found.has(sale) && card.querySelector(SALES.packId)?.textContent?.includes(sale))
      found.set(sale, card);
  }
  return found;
}
