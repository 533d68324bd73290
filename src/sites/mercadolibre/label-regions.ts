// Labels and the part of the page that belongs to each, as a person reads them: the label's line,
// then the largest element around it that holds no other label (a section, a row), as in
// ../labelled-figure.ts. Used for the reputation page's sections and the detail's money rows.
import { normalizeLabel } from '../label-match';
import { visibleLines } from '../visible-lines';

/** Labels of things we do not read: they bound the regions of those we do. */
export const OTHER = '#other';

export interface LabelRegion<K> {
  key: K;
  /** The region's element. */
  element: Element;
  /** The label's line before and after the label (normalized), and the region's other lines. */
  before: string;
  rest: string;
  texts: string[];
}

const LETTER = /\p{L}/u;

/**
 * Where `phrase` stands as words of its own in `text`: no letter glued on either side. A digit may
 * be (inline elements join without a space: "Impuestos-$ 25.00", "Total$ 1,062.50").
 */
function phraseAt(text: string, phrase: string): number {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? '') && !LETTER.test(text[at + phrase.length] ?? '')) return at;
  }
  return -1;
}

/** Regions are small: a section or a row sits a few elements above its label. */
const MAX_CLIMB = 8;

/**
 * Every label under `root` with its region. `atStart`: a label must open its line (a sentence that
 * mentions one is not that label). The longest phrase on a line wins.
 */
export function labelRegions<K>(
  root: Element,
  phrases: readonly (readonly [K | typeof OTHER, string])[],
  atStart: boolean,
): { regions: LabelRegion<K>[]; lines: ReturnType<typeof visibleLines> } {
  const lines = visibleLines(root);
  const hits = lines.flatMap((line, index) => {
    const text = normalizeLabel(line.text);
    let best: [K | typeof OTHER, string, number] | undefined;
    for (const [key, phrase] of phrases) {
      if (best && phrase.length <= best[1].length) continue;
      const at = phraseAt(text, phrase);
      if (at === 0 || (at > 0 && !atStart)) best = [key, phrase, at];
    }
    return best ? [{ index, key: best[0], text, phrase: best[1], at: best[2] }] : [];
  });
  const regions: LabelRegion<K>[] = [];
  for (const hit of hits) {
    if (hit.key === OTHER) continue;
    const own = lines[hit.index]!.block;
    let element = own;
    for (let climb = 0; climb < MAX_CLIMB && element !== root; climb++) {
      const parent = element.parentElement;
      if (!parent || hits.some((h) => h.key !== hit.key && parent.contains(lines[h.index]!.node))) break;
      element = parent;
    }
    // Lines before the label in the label's own block belong to something else.
    const texts = lines
      .filter((l, i) => i !== hit.index && element.contains(l.node) && !(i < hit.index && own.contains(l.node)))
      .map((l) => l.text);
    // A dash that separates is not a minus sign ("Envíos -$ 162.50").
    const after = hit.text.slice(hit.at + hit.phrase.length).replace(/^(?:[\s:：]|[-–—](?=\s))+/, '');
    regions.push({ key: hit.key, element, before: hit.text.slice(0, hit.at).trim(), rest: after.trim(), texts });
  }
  return { regions, lines };
}
