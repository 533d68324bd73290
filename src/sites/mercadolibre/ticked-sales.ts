// The sales the seller has ticked in the list for a bulk action (printing labels, cancelling):
// Mercado Libre's cards carry a tick box each (markup ASSUMED, ./selectors.ts `tick`). Read the
// same way as Amazon's and eBay's rows, for the one mechanism in src/content/ticked-orders.ts.
// Cheap enough for every tick: one native query for the checked boxes, then only their cards.
import { isShown } from '../visible-text';
import { cardTexts } from './card-fields';
import { saleNumberOf } from './sale-number';
import { SALES } from './selectors';

const CHECKED = `${SALES.row} ${SALES.tick}:checked`;

/**
 * Whether the seller has ticked this card: its one visible box of its own (a box of a card inside
 * it is not its own; two of its own say nothing for sure), checked and enabled.
 */
function isTicked(card: Element, doc: Document): boolean {
  const own = [...card.querySelectorAll<HTMLInputElement>(SALES.tick)].filter(
    (box) => box.closest(SALES.row) === card && isShown(box, card),
  );
  return own.length === 1 && own[0]!.checked && !own[0]!.disabled && isShown(card, doc);
}

/** The ticked cards a seller sees, in the list's order. */
export function tickedCards(doc: Document): Element[] {
  const cards = new Set<Element>();
  for (const box of doc.querySelectorAll(CHECKED)) {
    const card = box.closest(SALES.row);
    if (card && !cards.has(card) && isTicked(card, doc)) cards.add(card);
  }
  return [...cards];
}

/** The sale numbers of the ticked cards, each once, as the list reader names them. */
export function tickedSaleIds(doc: Document): string[] {
  const ids = tickedCards(doc).map((card) => saleNumberOf(card, cardTexts(card, () => false).fields.packId));
  return [...new Set(ids.filter((id) => id !== undefined))];
}
