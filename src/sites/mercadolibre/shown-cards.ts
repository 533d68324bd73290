// What a sales list shows: the cards a seller sees and the lists holding them, or, with no card on
// screen, whether the list is empty or still being built (the page's bricks answer says which,
// ./sales-bricks.ts; without it, the empty list's own fallback card).
import { SALES_BRICKS_PATH } from '../../page-world/mercadolibre-paths';
import type { PageJson } from '../page-json';
import { isHiddenElement, isShown, MAY_HIDE_SELECTOR } from '../visible-text';
import { salesBricks } from './sales-bricks';
import { SALES } from './selectors';

/** No card on screen: an empty list, or one still being built. */
export function noCards(doc: Document, json: PageJson | undefined): 'empty' | 'building' {
  const bricks = json ? salesBricks(json.latest(SALES_BRICKS_PATH)) : undefined;
  if (bricks) return bricks.empty ? 'empty' : 'building';
  const empty = [...doc.querySelectorAll(SALES.empty)].some((el) => isShown(el, doc));
  return empty ? 'empty' : 'building';
}

const MAY_HIDE_CARD = `${SALES.row}:is(${MAY_HIDE_SELECTOR})`;

/**
 * The cards a seller sees, and the lists that hold them: each card's ancestors are asked once for
 * all the cards they hold, not per card.
 */
export function shownCards(doc: Document): { cards: Element[]; lists: Element[] } {
  const shownParents = new Map<Element, boolean>();
  // Only the few cards that may hide, found in one native query, are asked (asking 500 cost more).
  const mayHide = new Set(doc.querySelectorAll(MAY_HIDE_CARD));
  const cards = [...doc.querySelectorAll(SALES.row)].filter((card) => {
    if (mayHide.has(card) && isHiddenElement(card)) return false;
    const parent = card.parentElement;
    // The page's root element as a card (no list above it) is its own list.
    if (!parent) {
      shownParents.set(card, true);
      return true;
    }
    let shown = shownParents.get(parent);
    if (shown === undefined) shownParents.set(parent, (shown = isShown(parent, doc)));
    return shown;
  });
  return { cards, lists: [...shownParents.keys()] };
}
