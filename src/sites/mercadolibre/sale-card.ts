// The card of a sale, for the marks placed beside it (src/content/flags.ts asks once per marked
// sale): by its row id where cards carry one, else by the number each card shows; either way the
// card must show that number.
import { visibleText } from '../visible-text';
import { MERCADOLIBRE_SALE_ID } from './detect';
import { saleNumberOf } from './sale-number';
import { SALES } from './selectors';

const WITH_ROW_ID = `${SALES.row}[id^="row-"]`;
const ROW_ID = /^row-(\d+)_/;

/**
 * The first card of each row id, from one query: a list's marks are placed in one go, and a query
 * per mark scanned the whole page each time. Kept until the current task's microtasks run, so the
 * page cannot have changed in between; a card found here is checked again before use.
 */
const byRowId = new WeakMap<Document, Map<string, Element>>();

function cardsByRowId(doc: Document, fresh: boolean): Map<string, Element> {
  let cards = fresh ? undefined : byRowId.get(doc);
  if (!cards) {
    const built = new Map<string, Element>();
    for (const card of doc.querySelectorAll(WITH_ROW_ID)) {
      const id = ROW_ID.exec(card.id)?.[1];
      if (id && !built.has(id)) built.set(id, card);
    }
    byRowId.set(doc, (cards = built));
    queueMicrotask(() => byRowId.delete(doc));
  }
  return cards;
}

/** The first card whose row id is this sale's, as `querySelector` by that id prefix finds it. */
function cardWithRowId(doc: Document, saleNumber: string): Element | null {
  const still = (card: Element | undefined) =>
    card?.isConnected && card.id.startsWith(`row-${saleNumber}_`) && card.matches(SALES.row) ? card : undefined;
  const card = still(cardsByRowId(doc, false).get(saleNumber)) ?? still(cardsByRowId(doc, true).get(saleNumber));
  return card ?? doc.querySelector(`${SALES.row}[id^="row-${saleNumber}_"]`);
}

export function saleCard(doc: Document, saleNumber: string): Element | null {
  if (!MERCADOLIBRE_SALE_ID.test(saleNumber)) return null;
  const shows = (card: Element) => {
    const shown = visibleText(card.querySelector(SALES.packId));
    return saleNumberOf(card, shown ? [shown] : []) === saleNumber;
  };
  const byId = cardWithRowId(doc, saleNumber);
  if (byId) return shows(byId) ? byId : null;
  return (
    [...doc.querySelectorAll(SALES.row)].find(
      (card) => card.querySelector(SALES.packId)?.textContent?.includes(saleNumber) && shows(card),
    ) ?? null
  );
}
