// Text helpers for readers: whitespace-normalized text, one line per innermost block, capped
// lengths (page text is hostile and unbounded; we keep only what we need).

/** Only a run of spaces, or any other whitespace, needs the (costlier) rewrite. */
const UNCLEAN_SPACE = /\s\s|[^\S ]/;

export function clean(text: string | null | undefined, max = 500): string {
  if (!text) return '';
  const tidy = UNCLEAN_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
  return tidy.trim().slice(0, max);
}

export function textOf(root: ParentNode, selector: string, max = 500): string | undefined {
  const text = clean(root.querySelector(selector)?.textContent, max);
  return text || undefined;
}

/** The text of each innermost `div` (or the element itself): how Seller Central lays out "Label: value" lines. */
export function blockLines(root: Element): string[] {
  // Divs come in document order, so a div is innermost exactly when the next one is not inside it.
  // One native collection and a `contains` per div: walking every element from script, or a
  // selector per div, cost several times more on a 500-row list.
  const divs = root.getElementsByTagName('div');
  const lines: string[] = [];
  if (divs.length === 0) {
    const line = clean(root.textContent);
    return line ? [line] : [];
  }
  for (let i = 0; i < divs.length; i++) {
    const div = divs[i]!;
    const next = divs[i + 1];
    if (next && div.contains(next)) continue;
    const line = clean(div.textContent);
    if (line) lines.push(line);
  }
  return lines;
}

export function firstMatch(lines: string[], pattern: RegExp): string | undefined {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m) return clean(m[1]);
  }
  return undefined;
}
