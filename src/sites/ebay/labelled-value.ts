// A value found by its label, as labelled-figure.ts finds a percentage, for the values that are not
// one: a seller level ("Above Standard"), a date, an order number, a buyer's user id. The label's
// region runs up from the label's own line to the largest ancestor that holds no other label; the
// value is the one line in it that parses as such a value (the nearest level that has one wins).
// Never a line of another label's region, never the label's own words, never two different values.
import { normalizeLabel } from '../label-match';
import { visibleLines, type Line } from '../visible-lines';

export interface ValueSpec<K extends string> {
  key: K;
  /** The label in every language it appears in. */
  labels: readonly string[];
  /** The value a whole line states (or the rest of the label's own line); undefined: not one. */
  parse: (text: string) => unknown;
  /** The value may follow the label without a colon ("Respond by Nov 21"). */
  bare?: boolean;
}

export type ValueReading =
  | { kind: 'value'; value: unknown }
  /** The label is there, no value beside it (yet). */
  | { kind: 'missing' }
  /** No such label on the page. */
  | { kind: 'absent' }
  | { kind: 'ambiguous'; detail: string };

const STOP = '#stop';
const MAX_CLIMB = 6;

interface Hit<K> {
  index: number;
  key: K | typeof STOP;
  /** The label line's own words after the label, as the page wrote them. */
  rest: string;
}

/**
 * Where a line is a label line: it starts with the label, and the label is all of it or is followed
 * by a colon ("Buyer: …"), or, for a `bare` label, by a space ("Respond by Nov 21"). So "Buyer asked
 * to cancel" and "fixture-buyer" are values, never the "Buyer" label.
 */
function labelAt(text: string, phrases: readonly Phrase<string>[]): { key: string; rest: string } | undefined {
  const norm = normalizeLabel(text);
  for (const [key, phrase, bare] of phrases) {
    if (!norm.startsWith(phrase)) continue;
    const after = norm.slice(phrase.length);
    if (!(after === '' || /^ ?[:：]/.test(after) || (bare && after.startsWith(' ')))) continue;
    const rest = after.replace(/^[\s:：]+/, '');
    // The rest in the page's own letters (a user id keeps its case) when normalizing kept the length.
    return { key, rest: norm.length === text.length && rest ? text.slice(text.length - rest.length) : rest };
  }
  return undefined;
}

type Phrase<K> = readonly [key: K, phrase: string, bare: boolean];

function hitsIn<K extends string>(
  lines: Line[],
  specs: readonly ValueSpec<K>[],
  stoppers: readonly string[],
): Hit<K>[] {
  const phrases: Phrase<K | typeof STOP>[] = [
    ...specs.flatMap((s) => s.labels.map((l) => [s.key, normalizeLabel(l), s.bare === true] as const)),
    ...stoppers.map((l) => [STOP, normalizeLabel(l), false] as const),
  ].sort((a, b) => b[1].length - a[1].length);
  const hits: Hit<K>[] = [];
  lines.forEach((line, index) => {
    const hit = labelAt(line.text, phrases);
    if (hit) hits.push({ index, key: hit.key as K | typeof STOP, rest: hit.rest });
  });
  return hits;
}

function distinct(values: unknown[]): unknown[] {
  return [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];
}

function readHit<K extends string>(root: Element, lines: Line[], hits: Hit<K>[], hit: Hit<K>, spec: ValueSpec<K>) {
  const label = lines[hit.index]!;
  const others = hits.filter((h) => h.key !== hit.key).map((h) => lines[h.index]!.node);
  const levels = [label.block];
  for (let el = label.block; levels.length <= MAX_CLIMB && el !== root;) {
    const parent = el.parentElement;
    if (!parent || others.some((node) => parent.contains(node))) break;
    levels.push(parent);
    el = parent;
  }
  // No label line is a value (a label repeated is still a label), and the label's own cell before
  // the label belongs to something else.
  const labelLines = new Set(hits.map((h) => h.index));
  const region = lines.filter(
    (l, i) => !labelLines.has(i) && !(i < hit.index && label.block.contains(l.node)) && levels.at(-1)!.contains(l.node),
  );
  for (const [depth, level] of levels.entries()) {
    const texts = region.filter((l) => level.contains(l.node)).map((l) => l.text);
    if (depth === 0 && hit.rest) texts.push(hit.rest);
    const values = distinct(texts.map(spec.parse).filter((v) => v !== undefined));
    if (values.length) return values;
  }
  return [];
}

/** Each spec's value under `root`. `stoppers` are labels of values we do not read, which bound the regions of those we do. */
export function readLabelledValues<K extends string>(
  root: Element,
  specs: readonly ValueSpec<K>[],
  stoppers: readonly string[] = [],
): Record<K, ValueReading> {
  const lines = visibleLines(root);
  const hits = hitsIn(lines, specs, stoppers);
  const out = {} as Record<K, ValueReading>;
  for (const spec of specs) {
    const own = hits.filter((h) => h.key === spec.key);
    if (own.length === 0) {
      out[spec.key] = { kind: 'absent' };
      continue;
    }
    const perHit = own.map((h) => readHit(root, lines, hits, h, spec));
    const values = distinct(perHit.flat());
    out[spec.key] = perHit.some((v) => v.length > 1)
      ? { kind: 'ambiguous', detail: `${spec.key}: two values beside one label` }
      : values.length > 1
        ? { kind: 'ambiguous', detail: `${spec.key}: a label repeated with different values` }
        : values.length === 1
          ? { kind: 'value', value: values[0] }
          : { kind: 'missing' };
  }
  return out;
}

/** The value when there is exactly one; undefined otherwise (absent, missing or ambiguous). */
export function valueOf<T>(reading: ValueReading): T | undefined {
  return reading.kind === 'value' ? (reading.value as T) : undefined;
}
