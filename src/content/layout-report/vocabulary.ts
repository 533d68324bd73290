// The words a layout report may keep as they are: our own label dictionaries (the words the readers
// look for, in every language), the attribute values our selectors name, and the path words of the
// URLs our detectors know. Everything comes from our code, so nothing a buyer wrote can be in it.

export interface Vocabulary {
  /** Lower-cased label phrases, longest first (a longer label wins over a shorter one inside it). */
  phrases: string[];
  /** Attribute values our selectors name (`oth-order-details`, `order-checkbox`). */
  attributeValues: ReadonlySet<string>;
  /** Path segments and query names of the URLs our detectors know (`orders-v3`, `orderID`). */
  pathWords: ReadonlySet<string>;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const LETTER = /\p{L}/u;

/** Short Latin words ("de", "la") are everywhere in buyers' text too; a CJK label of two is a word. */
const worthKeeping = (phrase: string): boolean =>
  LETTER.test(phrase) && (phrase.length >= 3 || (phrase.length === 2 && CJK.test(phrase)));

/**
 * The literal phrases a label pattern alternates between: `(?:quantity|menge)\s*[:：]` → quantity,
 * menge. Character classes, groups, quantifiers and escapes go; what is left is the wording.
 */
export function regexPhrases(pattern: RegExp): string[] {
  const literal = pattern.source
    .replace(/\[(?:\\.|[^\]\\])*\]/g, ' ')
    .replace(/\\[bBdDsSwW]/g, ' ')
    .replace(/\\(.)/g, '$1')
    .replace(/\(\?(?:[:=!]|<[=!])/g, '')
    .replace(/\{\d+(?:,\d*)?\}/g, '')
    .replace(/[()?*+^$.]/g, '');
  return literal.split('|').map((p) => p.replace(/\s+/g, ' ').trim());
}

function collectPhrases(value: unknown, out: Set<string>, depth = 0): void {
  if (depth > 6) return;
  if (typeof value === 'string') out.add(value.replace(/\s+/g, ' ').trim());
  else if (value instanceof RegExp) for (const p of regexPhrases(value)) out.add(p);
  else if (value instanceof Map) for (const v of value.values()) collectPhrases(v, out, depth + 1);
  else if (Array.isArray(value)) for (const v of value) collectPhrases(v, out, depth + 1);
  else if (value && typeof value === 'object')
    for (const v of Object.values(value as Record<string, unknown>)) collectPhrases(v, out, depth + 1);
}

/** `[data-test-id="oth-order-details"]` → oth-order-details; a prefix match keeps its prefix. */
function selectorValues(selector: string): string[] {
  return [...selector.matchAll(/\[[\w-]+[~|^$*]?=["']?([^"'\]]+)["']?\]/g)].map((m) => m[1]!);
}

function urlWords(raw: string): string[] {
  try {
    const url = new URL(raw);
    const segments = url.pathname.split('/').filter((s) => s !== '' && !/\d{3}/.test(s));
    return [...segments, ...url.searchParams.keys()];
  } catch {
    return [];
  }
}

export function vocabularyFrom(sources: { labels: unknown[]; selectors: unknown[]; urls: string[] }): Vocabulary {
  const phrases = new Set<string>();
  collectPhrases(sources.labels, phrases);
  const selectorStrings = new Set<string>();
  collectPhrases(sources.selectors, selectorStrings);
  const attributeValues = new Set([...selectorStrings].flatMap(selectorValues));
  return {
    phrases: [...phrases]
      .filter(worthKeeping)
      .map((p) => p.toLowerCase())
      .sort((a, b) => b.length - a.length),
    attributeValues,
    pathWords: new Set(sources.urls.flatMap(urlWords)),
  };
}
