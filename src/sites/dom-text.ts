// Text helpers for readers: whitespace-normalized text, one line per innermost block, capped
// lengths (page text is hostile and unbounded; we keep only what we need).

export function clean(text: string | null | undefined, max = 500): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

export function textOf(root: ParentNode, selector: string, max = 500): string | undefined {
  const text = clean(root.querySelector(selector)?.textContent, max);
  return text || undefined;
}

/** Collects the divs under `el` that hold no div; returns whether `el`'s subtree holds any div. */
function innermostDivs(el: Element, out: Element[]): boolean {
  let hasDiv = false;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const inner = innermostDivs(child, out);
    if (child.tagName === 'DIV') {
      if (!inner) out.push(child);
      hasDiv = true;
    } else if (inner) hasDiv = true;
  }
  return hasDiv;
}

/** The text of each innermost `div` (or the element itself): how Seller Central lays out "Label: value" lines. */
export function blockLines(root: Element): string[] {
  // One walk of the (small) cell: selector-based ways (a descendant query per div, or `:has`)
  // cost ten times more on a 500-row list.
  const blocks: Element[] = [];
  innermostDivs(root, blocks);
  const lines: string[] = [];
  for (const block of blocks.length ? blocks : [root]) {
    const line = clean(block.textContent);
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
