// What a sales list shows: the cards a seller sees and the lists holding them, or, with no card on
// screen, whether the list is empty or still being built (the page's bricks answer says which,
// ./sales-bricks.ts; without it, the empty list's own fallback card).
import { SALES_BRICKS_PATH } from '../../page-world/mercadolibre-paths';
import type { PageJson } from '../page-json';
import { shownMatches } from '../shown-matches';
import { isShown } from '../visible-text';
import { salesBricks } from './sales-bricks';
import { SALES } from './selectors';

/** No card on screen: an empty list, or one still being built. */
export function noCards(doc: Document, json: PageJson | undefined): 'empty' | 'building' {
  const bricks = json ? salesBricks(json.latest(SALES_BRICKS_PATH)) : undefined;
  if (bricks) return bricks.empty ? 'empty' : 'building';
  const empty = [...doc.querySelectorAll(SALES.empty)].some((el) => isShown(el, doc));
  return empty ? 'empty' : 'building';
}

/** The cards a seller sees, and the lists that hold them (shown-matches.ts). */
export function shownCards(doc: Document): { cards: Element[]; lists: Element[] } {
  const { shown, parents } = shownMatches(doc, SALES.row);
  return { cards: shown, lists: parents };
}
