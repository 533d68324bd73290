// Finding a label in a line of text by meaning: case, width, spacing, apostrophes and a trailing
// colon do not matter; the label must stand as a phrase of its own ("Stornorate" is not found in
// "Stornoraten"), so a longer word that merely starts with a label is not that label.

/** Text as labels are compared: NFKC, lower case, one kind of apostrophe, single spaces. */
export function normalizeLabel(text: string): string {
  return (
    // NFKC leaves printable ASCII as it is; skipping it spares a list of hundreds of English rows the call.
    (ASCII_ONLY.test(text) ? text : text.normalize('NFKC'))
      .toLowerCase()
      // Turkish "İ" lower-cases to "i" + a combining dot, and "I" to "i" where Turkish writes "ı":
      // in a label, neither dot carries meaning.
      .replace(/\u0307/g, '')
      .replace(/ı/g, 'i')
      .replace(/[’‘`´]/g, "'")
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const ASCII_ONLY = /^[ -~\t\n\r]*$/;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether `char` is a letter or a digit. ASCII is answered without WORD: the first use of a Unicode
 * property class builds its tables, a cost the seller's page pays in every new tab.
 */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80)
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return WORD.test(char);
}

/** Where `phrase` (normalized) stands as a phrase of its own in `text` (normalized), or -1. */
export function phraseAt(text: string, phrase: string): number {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at > 0 ? text[at - 1]! : '';
    const after = text[at + phrase.length] ?? '';
    // CJK labels have no spaces around them; only a letter of the same script glued on makes another word.
    if (!(before && isWordChar(before) && sameScript(before, phrase[0]!))) {
      if (!(after && isWordChar(after) && sameScript(after, phrase[phrase.length - 1]!))) return at;
    }
  }
  return -1;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;

function sameScript(a: string, b: string): boolean {
  return CJK.test(a) === CJK.test(b);
}

export interface LabelHit<K> {
  key: K;
  /** The normalized line text after the label. */
  rest: string;
}

/** The label a line carries: the longest phrase found wins ("Pre-fulfillment Cancel Rate" over "Cancel Rate"). */
export function labelIn<K>(line: string, phrases: readonly (readonly [K, string])[]): LabelHit<K> | undefined {
  const text = normalizeLabel(line);
  let best: [K, string, number] | undefined;
  for (const [key, phrase] of phrases) {
    if (best && phrase.length <= best[1].length) continue;
    const at = phraseAt(text, phrase);
    if (at >= 0) best = [key, phrase, at];
  }
  if (!best) return undefined;
  const rest = text
    .slice(best[2] + best[1].length)
    .replace(/^[\s:：\-–—]+/, '')
    .trim();
  return { key: best[0], rest };
}
