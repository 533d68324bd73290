// What a list row's hooks say, as the seller sees it. Most hooks are leaves (a link, a name, a price:
// no element below them), and a leaf that nothing marks as possibly hidden (one native match of the
// selector visible-text.ts asks of a subtree) is its own text: three calls into the page where asking
// each attribute cost a 500-row list several times more. Anything else is read by visibleText.
import { isShown, MAY_HIDE_SELECTOR, visibleText } from '../visible-text';

/** Whitespace collapsed, trimmed, capped: visibleText's own tidying. */
const tidy = (text: string, max: number): string => text.replace(/\s+/g, ' ').trim().slice(0, max);

/** The visible text of an element of a row. */
export function textIn(el: Element, max = 500): string {
  if (el.firstElementChild === null && !el.matches(MAY_HIDE_SELECTOR)) return tidy(el.textContent ?? '', max);
  return visibleText(el, max);
}

/** The elements a hook found in the row that the seller can see (a lone match is checked by its own text). */
export function shownIn(row: Element, found: Element[]): Element[] {
  return found.length > 1 ? found.filter((el) => isShown(el, row)) : found;
}

function distinctTexts(found: Element[], max: number, except?: string): Set<string> {
  const texts = new Set<string>();
  for (const el of found) {
    const text = textIn(el, max);
    if (text && text !== except) texts.add(text);
  }
  return texts;
}

/**
 * The distinct visible texts of what a hook found in the row, `except` one. Copies that all say the
 * same need no closer look; different ones are narrowed to those the seller can see.
 */
export function textsIn(row: Element, found: Element[], max = 500, except?: string): Set<string> {
  const texts = distinctTexts(found, max, except);
  return texts.size > 1 ? distinctTexts(shownIn(row, found), max, except) : texts;
}
