// The elements of a list a seller sees, asked without walking up from each of hundreds of rows.
import { isHiddenElement, isShown, MAY_HIDE_SELECTOR } from './visible-text';

/**
 * What `selector` finds that a seller sees, and the parents holding them. Each parent's ancestors are
 * asked once for all the elements it holds, not once per element, and only the few elements that may
 * hide themselves, found in one native query, are asked (asking each of 500 cost more).
 */
export function shownMatches(doc: Document, selector: string): { shown: Element[]; parents: Element[] } {
  const shownParents = new Map<Element, boolean>();
  const mayHide = new Set(doc.querySelectorAll(`:is(${selector}):is(${MAY_HIDE_SELECTOR})`));
  const shown = [...doc.querySelectorAll(selector)].filter((el) => {
    if (mayHide.has(el) && isHiddenElement(el)) return false;
    const parent = el.parentElement;
    // The page's root element as a match (nothing above it) is its own parent.
    if (!parent) {
      shownParents.set(el, true);
      return true;
    }
    let parentShown = shownParents.get(parent);
    if (parentShown === undefined) shownParents.set(parent, (parentShown = isShown(parent, doc)));
    return parentShown;
  });
  return { shown, parents: [...shownParents.keys()] };
}
