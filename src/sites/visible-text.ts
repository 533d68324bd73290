// What a seller can see of a page, worked out from the tree alone: no innerText, no computed
// style, no layout (reading must never force the page to lay itself out). Script and style text,
// hidden subtrees, screen-reader copies, icon alt text, tooltips and popovers are not the page's
// words for a seller, so readers must never take a figure, a name or a status from them.

const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);

/** Screen-reader-only and icon-alt classes of the platforms we read (Amazon a-/aok-, Etsy wt-, Fusion next-). */
const OFFSCREEN = new Set([
  'a-offscreen',
  'aok-offscreen',
  'a-icon-alt',
  'aok-hidden',
  'a-hidden',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'wt-screen-reader-only',
  'wt-display-none',
  'next-sr-only',
  'hidden',
]);

/** Tooltips and popovers: `a-popover` bodies, Fusion `next-balloon`, and any class naming one, but not their triggers. */
const FLOATING = /tooltip|popover|balloon/i;
const TRIGGER = /trigger/i;

const INLINE_HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

function hiddenByClass(classes: string): boolean {
  for (const name of classes.split(/\s+/)) {
    if (OFFSCREEN.has(name)) return true;
    if (FLOATING.test(name) && !TRIGGER.test(name)) return true;
  }
  return false;
}

/** Whether this element (not its ancestors) keeps its text from the seller's eyes. */
export function isHiddenElement(el: Element): boolean {
  if (NEVER_TEXT.has(el.tagName)) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role === 'tooltip') return true;
  const style = el.getAttribute('style');
  if (style && INLINE_HIDDEN_STYLE.test(style)) return true;
  const classes = el.getAttribute('class');
  return classes !== null && classes !== '' && hiddenByClass(classes);
}

/** Whether `el` and every ancestor up to (and including) `root` can be seen. */
export function isShown(el: Element, root: Element | Document): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isHiddenElement(node)) return false;
    if (node === root) return true;
  }
  return true;
}

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !isHiddenElement(child as Element)) collect(child, out);
  }
}

/** The visible text of `node`, whitespace collapsed, capped at `max` characters (page text is unbounded). */
export function visibleText(node: Node | null | undefined, max = 500): string {
  if (!node) return '';
  if (node.nodeType === 1 && isHiddenElement(node as Element)) return '';
  const parts: string[] = [];
  collect(node, parts);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Sentinel for "two visible elements say different things": the caller refuses rather than picks one. */
export const AMBIGUOUS = Symbol('ambiguous');

/**
 * The visible text of the elements `selector` matches under `root`: undefined when none is visible
 * or all are empty, AMBIGUOUS when visible ones disagree. A hidden copy (a screen-reader duplicate,
 * a template) is never the one read.
 */
export function visibleTextOf(
  root: ParentNode & Node,
  selector: string,
  max = 500,
): string | typeof AMBIGUOUS | undefined {
  let found: string | undefined;
  for (const el of root.querySelectorAll(selector)) {
    if (!isShown(el, root as Element)) continue;
    const text = visibleText(el, max);
    if (!text) continue;
    if (found !== undefined && found !== text) return AMBIGUOUS;
    found = text;
  }
  return found;
}

/** Like visibleTextOf, with disagreement read as "not known". */
export function shownText(root: ParentNode & Node, selector: string, max = 500): string | undefined {
  const text = visibleTextOf(root, selector, max);
  return text === AMBIGUOUS ? undefined : text;
}
