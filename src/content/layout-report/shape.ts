// A page's text and attribute values reduced to their shape (letters → x, digits → 9), keeping only
// the words of our own label dictionaries where they occur. What comes out says how the page is
// built and labelled, never who bought what: names, addresses, order ids and e-mails become x and 9.
import type { Vocabulary } from './vocabulary';

/** Longer text is cut: a buyer's note of 2,000 characters is no more structure than one of 200. */
export const MAX_TEXT = 500;

/** Letters → x, digits → 9, marks dropped, pictures → *; spaces, punctuation, currency and % stay. */
export function shapeOnly(text: string): string {
  return text
    .slice(0, MAX_TEXT)
    .replace(/\p{M}/gu, '')
    .replace(/\p{L}/gu, 'x')
    .replace(/\p{N}/gu, '9')
    .replace(/[\p{So}\p{Co}\p{Cn}\p{Cs}]/gu, '*');
}

const WORD = /[\p{L}\p{N}]/u;

/** Whether text[from, to) stands as a phrase of its own (no letter or digit glued on either side). */
function standsAlone(text: string, from: number, to: number): boolean {
  const before = from > 0 ? text[from - 1]! : '';
  const after = text[to] ?? '';
  const cjk = /[\u3040-\u30ff\u3400-\u9fff]/;
  // CJK labels have no spaces around them: only a neighbour of another script counts as glued on.
  const glued = (c: string, edge: string) => c !== '' && WORD.test(c) && cjk.test(c) === cjk.test(edge);
  return !glued(before, text[from]!) && !glued(after, text[to - 1]!);
}

/** The ranges of `text` where a dictionary phrase stands, longest phrases first, never overlapping. */
function keptRanges(text: string, vocabulary: Vocabulary): [number, number][] {
  const lower = text.toLowerCase();
  // A lower-casing that changes the length (Turkish İ) would misplace every range: keep nothing then.
  if (lower.length !== text.length || !WORD.test(text)) return [];
  const taken = new Uint8Array(text.length);
  const ranges: [number, number][] = [];
  for (const phrase of vocabulary.phrases) {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      if (taken.subarray(at, end).some(Boolean) || !standsAlone(text, at, end)) continue;
      taken.fill(1, at, end);
      ranges.push([at, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Text as it goes into a report: dictionary phrases as they are, everything else shaped. */
export function shapeText(text: string, vocabulary: Vocabulary): string {
  const cut = text.slice(0, MAX_TEXT);
  let out = '';
  let from = 0;
  for (const [start, end] of keptRanges(cut, vocabulary)) {
    out += shapeOnly(cut.slice(from, start)) + cut.slice(start, end);
    from = end;
  }
  return out + shapeOnly(cut.slice(from));
}

/** ids and classes are the page's structure and stay, with any digit in them (an order id) a 9. */
export function shapeName(name: string): string {
  return name.includes('@') ? shapeOnly(name) : name.slice(0, 200).replace(/\p{N}/gu, '9');
}

/** Hosts the platforms own (their seller centres, shops, image servers): kept so a report says where links go. */
const PLATFORM_HOST =
  /(^|\.)(amazon|media-amazon|ssl-images-amazon|etsy|etsystatic|aliexpress|alicdn|ebay|ebaystatic|mercadolibre|mercadolivre|mlstatic|tiktok|tiktokcdn|tokopedia)\.[a-z.]{2,12}$/;

function shapeSegment(segment: string, vocabulary: Vocabulary): string {
  return vocabulary.pathWords.has(segment) ? segment : shapeOnly(decodeSafely(segment));
}

function decodeSafely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A URL reduced to where it points: the origin when it is the page's own or a platform's, the path
 * and the query's names with only our known path words kept, the query's values shaped, no fragment.
 */
export function shapeUrl(raw: string, base: string, vocabulary: Vocabulary): string {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol}`;
  const own = url.origin === new URL(base).origin || PLATFORM_HOST.test(url.hostname);
  const origin = own ? url.origin : `${url.protocol}//${url.hostname.split('.').map(shapeOnly).join('.')}`;
  const path = url.pathname
    .split('/')
    .map((s) => shapeSegment(s, vocabulary))
    .join('/');
  const names = [...new Set(url.searchParams.keys())].slice(0, 20);
  const param = (k: string) => `${shapeSegment(k, vocabulary)}=${shapeOnly(url.searchParams.get(k) ?? '')}`;
  const query = names.length ? `?${names.map(param).join('&')}` : '';
  return origin + path + query;
}
