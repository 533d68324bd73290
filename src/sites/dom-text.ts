// Text helpers for readers: only what a seller can see (visible-text.ts), whitespace-normalized,
// one line per rendered line, capped lengths (page text is hostile and unbounded; we keep only
// what we need).
import { lineTexts } from './visible-lines';
import { clean, shownText } from './visible-text';

// One tidying for every reader: visible-text's, which its own reads use too.
export { clean };

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
