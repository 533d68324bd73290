// Reading a figure by its label, the way a person does: find the label (in any language the
// dictionary knows), take the region that belongs to it (up to where another metric's label
// begins), and read the line in that region that is nothing but the figure. Never the label's own
// line before the label, never a target sentence ("Target: under 2.5%"), never a figure of
// another metric. Two different candidates, or duplicated labels showing different values, are
// refused: the caller gets "ambiguous", never a pick.
import { isNoFigure, isPlaceholder, windowDays } from './figure-words';
import { labelIn, normalizeLabel } from './label-match';
import { agreesWithCounts, parseOfCounts, purePercent, type Percent } from './parse-number';
import { visibleLines, type Line } from './visible-lines';

export interface FigureSpec<K extends string> {
  key: K;
  /** The label in every language it appears in. */
  labels: readonly string[];
  /** An element the page marks this figure's region with (an id): a hint, never the only way in. */
  hint?: string;
}

export type FigureReading =
  | { kind: 'figure'; rate: Percent; counts?: [number, number]; windowDays?: number }
  /** The page says there is no figure ("N/A"). */
  | { kind: 'none'; windowDays?: number }
  /** The label is there but its figure is not (yet): a dashboard still filling itself in. */
  | { kind: 'pending' }
  /** Neither label nor hint on the page. */
  | { kind: 'absent' }
  | { kind: 'ambiguous'; detail: string };

/** Regions are small: a metric row sits a few elements above its label. */
const MAX_CLIMB = 8;
const STOP = '#stop';

interface Candidates {
  figures: Percent[];
  none: boolean;
  placeholder: boolean;
}

function candidatesOf(texts: string[]): Candidates {
  const out: Candidates = { figures: [], none: false, placeholder: false };
  for (const text of texts) {
    const figure = purePercent(text);
    if (figure) out.figures.push(figure);
    else if (isNoFigure(text)) out.none = true;
    else if (isPlaceholder(text)) out.placeholder = true;
  }
  return out;
}

const sameFigure = (a: Percent, b: Percent) => a.value === b.value && a.decimals === b.decimals;

/** The one value all `items` agree on; undefined when there is none; AMBIGUOUS when they differ. */
function agreed<T>(items: T[], same: (a: T, b: T) => boolean): T | undefined | 'ambiguous' {
  const [first, ...rest] = items;
  if (first === undefined) return undefined;
  return rest.every((x) => same(first, x)) ? first : 'ambiguous';
}

class Page<K extends string> {
  readonly lines: Line[];
  readonly hits: { index: number; key: K | typeof STOP; rest: string }[] = [];

  constructor(
    readonly root: Element,
    specs: readonly FigureSpec<K>[],
    stoppers: readonly string[],
  ) {
    this.lines = visibleLines(root);
    const phrases: [K | typeof STOP, string][] = [
      ...specs.flatMap((s) => s.labels.map((l): [K, string] => [s.key, normalizeLabel(l)])),
      ...stoppers.map((l): [typeof STOP, string] => [STOP, normalizeLabel(l)]),
    ];
    this.lines.forEach((line, index) => {
      const hit = labelIn(line.text, phrases);
      if (hit) this.hits.push({ index, key: hit.key, rest: hit.rest });
    });
  }

  /** From the label's own cell up to the largest ancestor that holds no other metric's label. */
  levels(index: number, key: K, hint: Element | null): Element[] {
    const levels = [this.lines[index]!.block];
    for (let el = levels[0]!; levels.length <= MAX_CLIMB && el !== this.root && el !== hint;) {
      const parent = el.parentElement;
      if (!parent || this.hits.some((h) => h.key !== key && parent.contains(this.lines[h.index]!.node))) break;
      levels.push(parent);
      el = parent;
    }
    return levels;
  }

  read(levels: Element[], label?: { index: number; rest: string }): FigureReading {
    const region = levels[levels.length - 1]!;
    const labelBlock = label ? this.lines[label.index]!.block : undefined;
    // The label's own cell before the label belongs to something else ("98% on time", another figure).
    const lines = this.lines.filter(
      (l, i) =>
        i !== label?.index && region.contains(l.node) && !(label && i < label.index && labelBlock!.contains(l.node)),
    );
    let found: Candidates | undefined;
    for (const [depth, level] of levels.entries()) {
      const texts = lines.filter((l) => level.contains(l.node)).map((l) => l.text);
      if (depth === 0 && label?.rest) texts.push(label.rest);
      const c = candidatesOf(texts);
      if (c.figures.length || c.none || c.placeholder) {
        found = c;
        if (c.figures.length || c.none) break;
      }
    }
    const regionTexts = lines.map((l) => l.text);
    if (label?.rest) regionTexts.push(label.rest);
    const windows = [...new Set(regionTexts.map(windowDays).filter((d) => d !== undefined))];
    if (windows.length > 1) return { kind: 'ambiguous', detail: `windows ${windows.join(' and ')} days` };
    const window = windows[0];
    if (!found || (!found.figures.length && !found.none)) return { kind: 'pending' };
    const figure = agreed(found.figures, sameFigure);
    if (figure === 'ambiguous' || (figure && found.none))
      return { kind: 'ambiguous', detail: 'two different figures beside one label' };
    if (!figure) return { kind: 'none', windowDays: window };
    const pairs = regionTexts.map(parseOfCounts).filter((p) => p !== undefined);
    const counts = agreed(pairs, (a, b) => a[0] === b[0] && a[1] === b[1]);
    if (counts === 'ambiguous') return { kind: 'ambiguous', detail: 'two different "N of M" counts' };
    if (counts && !agreesWithCounts(figure, counts[0], counts[1]))
      return { kind: 'ambiguous', detail: `${figure.value}% is not ${counts[0]} of ${counts[1]}` };
    return { kind: 'figure', rate: figure, counts, windowDays: window };
  }
}

function combine(readings: FigureReading[]): FigureReading {
  const ambiguous = readings.find((r) => r.kind === 'ambiguous');
  if (ambiguous) return ambiguous;
  const read = readings.filter((r) => r.kind === 'figure' || r.kind === 'none');
  if (read.length === 0) return readings.some((r) => r.kind === 'pending') ? { kind: 'pending' } : { kind: 'absent' };
  const key = (r: FigureReading) => (r.kind === 'figure' ? `${r.rate.value}/${r.rate.decimals}` : r.kind);
  if (new Set(read.map(key)).size > 1) return { kind: 'ambiguous', detail: 'a label repeated with different values' };
  // Repeats of one figure (a summary card and its row) may each show part of what goes with it.
  const merged = { ...read[0]! } as FigureReading & { counts?: [number, number]; windowDays?: number };
  for (const r of read.slice(1)) {
    const other = r as typeof merged;
    for (const field of ['counts', 'windowDays'] as const) {
      if (other[field] === undefined) continue;
      if (merged[field] !== undefined && String(merged[field]) !== String(other[field]))
        return { kind: 'ambiguous', detail: `a label repeated with different ${field}` };
      (merged as Record<string, unknown>)[field] = other[field];
    }
  }
  return merged;
}

/**
 * Each spec's figure under `root`. `stoppers` are labels of figures we do not read, which bound
 * the regions of those we do.
 */
export function readLabelledFigures<K extends string>(
  root: Element,
  specs: readonly FigureSpec<K>[],
  stoppers: readonly string[] = [],
): Record<K, FigureReading> {
  const page = new Page(root, specs, stoppers);
  const out = {} as Record<K, FigureReading>;
  for (const spec of specs) {
    const hint = spec.hint ? root.querySelector(spec.hint) : null;
    const hits = page.hits.filter((h) => h.key === spec.key);
    if (hits.length === 0) {
      out[spec.key] = hint ? page.read([hint]) : { kind: 'absent' };
      continue;
    }
    out[spec.key] = combine(
      hits.map((h) => {
        // Inside the marked region, that region bounds the search.
        const inHint = hint?.contains(page.lines[h.index]!.node) ? hint : null;
        return page.read(page.levels(h.index, spec.key, inHint), h);
      }),
    );
  }
  return out;
}
