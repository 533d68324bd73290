// Etsy ships the page's data as an inline `Etsy.Context = {...};` script. We read that text as
// JSON (never run it): the content script's isolated world cannot see the page's `window.Etsy`.

/** The JSON object that starts at `from` (a `{`), found by matching braces outside strings. */
export function sliceJsonObject(text: string, from: number): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(from, i + 1);
  }
  return undefined;
}

export function readEtsyContext(doc: Document): unknown {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    const at = text.search(/Etsy\.Context\s*=\s*\{/);
    if (at < 0) continue;
    const json = sliceJsonObject(text, text.indexOf('{', at));
    if (!json) return undefined;
    try {
      return JSON.parse(json);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
