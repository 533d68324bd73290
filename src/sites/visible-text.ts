// What a seller can see of a page, worked out from the tree alone: no innerText, no computed
// style, no layout (reading must never force the page to lay itself out). Script and style text,
// hidden subtrees, screen-reader copies, icon alt text, tooltips and popovers are not the page's
// words for a seller, so readers must never take a figure, a name or a status from them.

const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);

/** Screen-reader-only and icon-alt classes of the platforms we read (Amazon a-/aok-, Etsy wt-, Fusion next-, Mercado Libre andes-). */
export const OFFSCREEN = new Set([
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
  'andes-visually-hidden',
  'hidden',
]);

/** The words OFFSCREEN's names are made of: each name holds one, in its case (test/sites/visible-text.test.ts). */
export const OFFSCREEN_WORDS = ['offscreen', 'icon-alt', 'hidden', 'sr-only', 'screen-reader', 'display-none'];
/** Tooltips and popovers: `a-popover` bodies, Fusion `next-balloon`, and any class naming one, but not their triggers. */
const FLOATING_WORDS = ['tooltip', 'popover', 'balloon'];
const FLOATING = new RegExp(FLOATING_WORDS.join('|'), 'i');
const TRIGGER = /trigger/i;

const INLINE_HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

/** One test that nearly every class list passes, unless it may hide (a pre-filter for isHiddenElement). */
export const MAY_HIDE = new RegExp([...OFFSCREEN_WORDS, ...FLOATING_WORDS].join('|'), 'i');

function hiddenByClass(classes: string): boolean {
  if (!MAY_HIDE.test(classes)) return false;
  for (const name of classes.split(/\s+/)) {
    if (OFFSCREEN.has(name)) return true;
    if (FLOATING.test(name) && !TRIGGER.test(name)) return true;
  }
  return false;
}

/** Whether this element (not its ancestors) keeps its text from the seller's eyes. */
export function isHiddenElement(el: Element): boolean {
  if (NEVER_TEXT.has(el.tagName)) return true;
  const classes = (el as HTMLElement).className;
  if (typeof classes === 'string' && classes !== '' && hiddenByClass(classes)) return true;
  // Reading a list of hundreds of rows asks this of every element on the way, and nearly all of
  // them carry no attribute but their class: nothing else to look at.
  const count = el.attributes.length;
  if (count === 0 || (count === 1 && classes)) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.getAttribute('role') === 'tooltip') return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN_STYLE.test(style);
}

/** Whether `el` and every ancestor up to (and including) `root` can be seen. */
export function isShown(el: Element, root: Element | Document): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isHiddenElement(node)) return false;
    if (node === root) return true;
  }
  return true;
}

/** Only a run of spaces, or any other whitespace, needs the (costlier) rewrite. */
const UNCLEAN_SPACE = /\s\s|[^\S ]/;

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !isHiddenElement(child as Element)) collect(child, out);
  }
}

/**
 * The tags whose text a seller never sees and the attributes that may hide an element (isHiddenElement
 * decides), and more: a role or an inline style that only holds the words that hide, in any case;
 * math for its CDATA.
 *
 * Roles and inline styles are asked for the words that hide, not merely for being there: Fusion
 * (AliExpress) gives every row a role="row", every cell a role="gridcell" and every column a width
 * style, and a list whose every row "may hide" is read node by node: 500 orders as Fusion draws
 * them took 61–65 ms to read, and take 24–32 ms now that roles and widths are not taken for hiding.
 */
export const MAY_HIDE_BY_TAG_OR_ATTRIBUTE = [
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role~="tooltip" i]',
  // INLINE_HIDDEN_STYLE's declarations: a style that holds one holds both of its words, in some case.
  '[style*="display" i][style*="none" i]',
  '[style*="visibility" i][style*="hidden" i]',
  '[style*="visibility" i][style*="collapse" i]',
].join(',');

/**
 * Every element isHiddenElement could call hidden, and more (MAY_HIDE_BY_TAG_OR_ATTRIBUTE's, and a
 * class that only contains one of the words it looks for): one native query that nearly every cell
 * of a list passes, where walking it node by node from the content script's world cost more than the
 * rest of a 500-row reading.
 */
export const MAY_HIDE_SELECTOR = [
  MAY_HIDE_BY_TAG_OR_ATTRIBUTE,
  // A class that holds an OFFSCREEN name holds its word in that case (the set's names are matched
  // exactly): a case-blind test there would only cost more. FLOATING is case-blind, and so is its test.
  ...OFFSCREEN_WORDS.map((word) => `[class*="${word}"]`),
  ...FLOATING_WORDS.map((word) => `[class*="${word}" i]`),
].join(',');

/** The text of `node`'s visible descendants, as they stand in the tree. */
function shownTextOf(node: Node): string {
  // Nothing below can hide: its textContent is exactly what collect() would join (Text nodes only,
  // in tree order; CDATA exists only inside svg and math, which are excluded).
  if (node.nodeType === 1 && (node as Element).querySelector(MAY_HIDE_SELECTOR) === null) return node.textContent ?? '';
  const parts: string[] = [];
  collect(node, parts);
  return parts.length === 1 ? parts[0]! : parts.join('');
}

/** The visible text of `node`, whitespace collapsed, capped at `max` characters (page text is unbounded). */
export function visibleText(node: Node | null | undefined, max = 500): string {
  if (!node) return '';
  if (node.nodeType === 1 && isHiddenElement(node as Element)) return '';
  return clean(shownTextOf(node), max);
}

/** Whitespace collapsed, trimmed, capped (page text is unbounded); nothing for no text. */
export function clean(text: string | null | undefined, max = 500): string {
  if (!text) return '';
  return (UNCLEAN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim().slice(0, max);
}

/** Sentinel for "two visible elements say different things": the caller refuses rather than picks one. */
export const AMBIGUOUS = Symbol('ambiguous');

/**
 * Whether nothing at or under `root` can hide: the costly part of reading a list's cell, so asked once
 * per region (a list row's cell read for several figures: its order id and its buyer). `root` itself
 * gets one native match, where isHiddenElement would ask it attribute by attribute. Not to be kept
 * across passes: the page changes between them.
 */
export const isCleanRegion = (root: ParentNode & Node): boolean =>
  root.nodeType === 1 &&
  !(root as Element).matches(MAY_HIDE_SELECTOR) &&
  (root as Element).querySelector(MAY_HIDE_SELECTOR) === null;

function textsAgreeing(
  root: ParentNode & Node,
  selector: string,
  max: number,
  regionClean: boolean,
): string | typeof AMBIGUOUS | undefined {
  const matches = root.querySelectorAll(selector);
  const count = matches.length;
  if (count === 0) return undefined;
  // Nothing at or under `root` can hide: every match is shown, and reads as its textContent. The
  // common case, one match in a clean cell, without the loop (a list asks this of every row).
  if (regionClean && count === 1) return clean(matches[0]!.textContent, max) || undefined;
  let found: string | undefined;
  for (let i = 0; i < count; i++) {
    const el = matches[i]!;
    if (!regionClean && !isShown(el, root as Element)) continue;
    const text = regionClean ? clean(el.textContent, max) : visibleText(el, max);
    if (!text) continue;
    if (found !== undefined && found !== text) return AMBIGUOUS;
    found = text;
  }
  return found;
}

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
  return textsAgreeing(root, selector, max, isCleanRegion(root));
}

/**
 * shownText for a region whose isCleanRegion the caller asked once for all its figures: what a list
 * reader calls for each figure of each row, so without a closure or a second check per figure.
 */
export function shownTextIn(root: Element, selector: string, max: number, clean: boolean): string | undefined {
  const text = textsAgreeing(root, selector, max, clean);
  return text === AMBIGUOUS ? undefined : text;
}

/**
 * The text, whitespace as it stands, of the only element `selector` matches under `root`, a region
 * isCleanRegion passed; undefined when none or several match (shownTextIn then weighs them). Lets a
 * list reader test or look up a figure before it tidies it: a regular expression less per figure,
 * where, on a page's first reading, before any of our code is warm, 1,500 tests cost about 1 ms.
 */
export function onlyMatchText(root: Element, selector: string): string | undefined {
  const matches = root.querySelectorAll(selector);
  return matches.length === 1 ? (matches[0]!.textContent ?? '') : undefined;
}

/** Like visibleTextOf, with disagreement read as "not known". */
export function shownText(root: ParentNode & Node, selector: string, max = 500): string | undefined {
  const text = visibleTextOf(root, selector, max);
  return text === AMBIGUOUS ? undefined : text;
}
