// Text from pages and buyers inside our own sentences: a right-to-left name, or a hidden override
// character (U+202E), must not reorder the words around it. Controls are stripped where the text
// is ours to send (drafts); text shown as it was written is isolated (FSI … PDI) instead.

/** Embeddings, overrides, isolates and marks: every character that steers bidirectional layout. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms). */
const RTL_OR_CONTROL =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

const FSI = '\u2068';
const PDI = '\u2069';

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Wraps text that could reorder its surroundings in first-strong isolate marks; plain
 * left-to-right text is returned as it is (no invisible characters where they change nothing).
 */
export function isolate(text: string): string {
  return RTL_OR_CONTROL.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** At most `max` characters as a reader counts them: never splits a surrogate pair, emoji or accent. */
export function shorten(text: string, max: number): string {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  return graphemes.length <= max
    ? text
    : `${graphemes
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
