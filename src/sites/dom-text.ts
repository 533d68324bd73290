// Text helpers for readers: only what a seller can see (visible-text.ts), whitespace-normalized,
// one line per rendered line, capped lengths (page text is hostile and unbounded; we keep only
// what we need).
import { lineTexts } from './visible-lines';
import { shownText } from './visible-text';

/** Only a run of spaces, or any other whitespace, needs the (costlier) rewrite. */
const UNCLEAN_SPACE = /\s\s|[^\S ]/;

export function clean(text: string | null | undefined, max = 500): string {
  if (!text) return '';
  const tidy = UNCLEAN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
  return tidy.trim().slice(0, max);
}

/** The visible text of what `selector` finds; undefined when nothing visible is there or visible copies disagree. */
export function textOf(root: ParentNode & Node, selector: string, max = 500): string | undefined {
  return shownText(root, selector, max);
}

/** The visible lines of `root`: how Seller Central lays out "Label: value" lines. */
export function blockLines(root: Element): string[] {
  return lineTexts(root);
}

export function firstMatch(lines: string[], pattern: RegExp): string | undefined {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m) return clean(m[1]);
  }
  return undefined;
}
