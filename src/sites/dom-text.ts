// Text helpers for readers: whitespace-normalized text, one line per innermost block, capped
// lengths (page text is hostile and unbounded; we keep only what we need).

export function clean(text: string | null | undefined, max = 500): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

export function textOf(root: ParentNode, selector: string, max = 500): string | undefined {
  const text = clean(root.querySelector(selector)?.textContent, max);
  return text || undefined;
}

/** The text of each innermost `div` (or the element itself): how Seller Central lays out "Label: value" lines. */
export function blockLines(root: Element): string[] {
  const blocks = [...root.querySelectorAll('div')].filter((d) => !d.querySelector('div'));
  return (blocks.length ? blocks : [root]).map((b) => clean(b.textContent)).filter(Boolean);
}

export function firstMatch(lines: string[], pattern: RegExp): string | undefined {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m) return clean(m[1]);
  }
  return undefined;
}
