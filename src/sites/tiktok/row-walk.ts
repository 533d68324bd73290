// How a drawn order's rows are walked: whether the seller sees an element, whether it is outside
// the names, titles and links a figure is never read from, and whether a text is a whole line of its
// block. Each answer about an ancestor is kept for the reading, so that 500 rows ask little each.
import { LIST } from './selectors';
import { isHiddenElement, MAY_HIDE_SELECTOR } from '../visible-text';
import { isInline, visibleLines } from '../visible-lines';

/** Whether the seller sees an element, decided once per element and shared by its descendants. */
function seer(): (el: Element | null) => boolean {
  const memo = new Map<Element, boolean>();
  const seen = (el: Element | null): boolean => {
    if (!el) return true;
    let known = memo.get(el);
    if (known === undefined) memo.set(el, (known = seen(el.parentElement) && !isHiddenElement(el)));
    return known;
  };
  return seen;
}

/** Names, titles, links and the cells we do not read: never a status or an amount. */
export const UNREAD = `${LIST.clamped}, ${LIST.loggedClick}, a`;

/**
 * Whether a text is a whole visible line of its block. Nearly always its block holds nothing else
 * (each element on the way up has this one child): then it is; otherwise the block's lines decide.
 */
function lineChecker(): (el: Element, text: string) => boolean {
  const linesOf = new Map<Element, Set<string>>();
  return (el, text) => {
    let block: Element = el;
    let alone = el.childNodes.length === 1;
    while (isInline(block) && block.parentElement) {
      block = block.parentElement;
      alone &&= block.childNodes.length === 1;
    }
    if (alone) return true;
    if (!linesOf.has(block)) linesOf.set(block, new Set(visibleLines(block).map((l) => l.text)));
    return linesOf.get(block)!.has(text);
  };
}

export interface Walk {
  doc: Document;
  currency: string;
  /** Whether the seller sees the element. */
  seen: (el: Element) => boolean;
  /** A figure's element must be seen and outside names, titles and links. */
  usable: (el: Element) => boolean;
  isLine: (el: Element, text: string) => boolean;
}

/**
 * Every element that may hide its text (MAY_HIDE_SELECTOR matches all that isHiddenElement hides,
 * and more) or is a name, title or link: one native match clears nearly every row of a list.
 */
const SUSPECT = `${MAY_HIDE_SELECTOR}, ${UNREAD}`;

/**
 * Whether an element whose parent is usable is too: seen itself, and not a name, title or link. A
 * bare cell (no attribute at all) is, without asking more.
 */
export const usableChild = (el: Element): boolean =>
  (el.attributes.length === 0 && el.tagName === 'TD') ||
  !el.matches(SUSPECT) ||
  (!isHiddenElement(el) && !el.matches(UNREAD));

/**
 * Whether an element is seen and outside names, titles and links (seen, and `closest(UNREAD)` finds
 * nothing), its ancestors' answer kept: the rows of a list share theirs, so a row asks only of itself.
 */
function usability(): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const usable = (el: Element | null, keep: boolean): boolean => {
    if (!el) return true;
    let known = memo.get(el);
    if (known === undefined) {
      known = usable(el.parentElement, true) && usableChild(el);
      if (keep) memo.set(el, known);
    }
    return known;
  };
  return (el) => usable(el, false);
}

export function walkOf(doc: Document, currency: string): Walk {
  return { doc, currency, seen: seer(), usable: usability(), isLine: lineChecker() };
}
