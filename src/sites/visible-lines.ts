// The visible text of a subtree as the lines a seller reads: a line ends at a block element's edge
// or a <br>, as in rendered text, but decided by tag name alone (no layout). Inline wrappers, utility
// classes and attribute order change nothing; hidden subtrees (visible-text.ts) are left out.
import { isHiddenElement, MAY_HIDE_SELECTOR } from './visible-text';

/** Elements that flow inside a line. Anything else, custom elements included, starts a line of its own. */
export const INLINE_TAGS = [
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'IMG',
  'KBD',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
] as const;
const INLINE = new Set<string>(INLINE_TAGS);

export interface Line {
  /** Whitespace-collapsed text, never empty. */
  text: string;
  /** The line's first text node: where it sits in the tree. */
  node: Node;
  /** The nearest block element holding that node: the line's "cell". */
  block: Element;
}

export function isInline(el: Element): boolean {
  return INLINE.has(el.tagName);
}

/**
 * Every visible line under `root`, in document order. `askEach`: ask every element on the way down
 * whether it hides; needless where one native query finds nothing below that could (the default).
 */
export function visibleLines(root: Element, askEach = root.querySelector(MAY_HIDE_SELECTOR) !== null): Line[] {
  const lines: Line[] = [];
  let parts: string[] = [];
  let first: Node | undefined;
  let firstBlock: Element = root;
  const flush = () => {
    if (first) {
      const text = parts.join('').replace(/\s+/g, ' ').trim();
      if (text) lines.push({ text, node: first, block: firstBlock });
    }
    parts = [];
    first = undefined;
  };
  const walk = (el: Element, block: Element) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (!first && !value.trim()) continue;
        first ??= child;
        if (parts.length === 0) firstBlock = block;
        parts.push(value);
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (e.tagName === 'BR') flush();
        else if (askEach && isHiddenElement(e)) continue;
        else if (isInline(e)) walk(e, block);
        else {
          flush();
          walk(e, e);
          flush();
        }
      }
    }
  };
  walk(root, root);
  flush();
  return lines;
}

/** The lines of `root`'s visible text, as strings. */
export function lineTexts(root: Element): string[] {
  return visibleLines(root).map((l) => l.text);
}
