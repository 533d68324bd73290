// The mutation suite (issue #11.5): every reader fixture, at least 200 seeded meaning-preserving
// variants each; every variant's reading is SAME, REFUSED or WRONG against the original's, and
// WRONG must be 0. Pages are parsed with linkedom (a DOM that parses in a few milliseconds), so the
// readers are also proven on a second DOM implementation. The fixtures are split into shards that
// vitest runs side by side; each shard writes its rows and the whole table is rebuilt from them
// into test-results/mutation.txt.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DOMParser as LinkeDOMParser } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import type { PageReading } from '../../src/core/types';
import { PageJsonLog } from '../../src/sites/page-json';
import { safeRead } from '../../src/sites/page-type';
import { pageTypeFor } from '../../src/sites/registry';
import { classify, tickedVerdict, worse, type Verdict } from './classify';
import { OPERATOR_NAMES, OPERATORS, seeded, seedOf, targetsOf } from './mutations';
import { READER_FIXTURES, type ReaderFixture } from './reader-fixtures';

export const VARIANTS = 200;
const DIR = 'test-results/mutation';

interface Row {
  reader: string;
  fixture: string;
  counts: Record<Verdict, number>;
  /** Of REFUSED, how many refused only part of the reading. */
  partial: number;
  wrong: string[];
}

/** What a page says: its reading, and on a list the seller ticks, the orders ticked (read apart, as the guard does). */
interface PageSaid {
  reading: PageReading;
  ticked: string[];
}

function read(entry: ReaderFixture, doc: Document): PageSaid {
  const url = new URL(entry.url);
  const json = new PageJsonLog();
  for (const answer of [entry.json ?? []].flat()) json.add(`${url.origin}${answer.path}\n${answer.body}`, url.origin);
  const type = pageTypeFor(url)!;
  return { reading: safeRead(type, doc, url, json), ticked: type.ticked?.(doc) ?? [] };
}

/** The reading's verdict and, once the page was read, the ticked orders' (the guard asks for them only then). */
function judgeSaid(original: PageSaid, variant: PageSaid): { verdict: Verdict; partial: boolean } {
  const { verdict } = classify(original.reading, variant.reading);
  const both = variant.reading.ok ? worse(verdict, tickedVerdict(original.ticked, variant.ticked)) : verdict;
  return { verdict: both, partial: both === 'REFUSED' && variant.reading.ok };
}

/**
 * linkedom's inputs have no `checked` property. A box nobody has touched is checked exactly when its
 * `checked` attribute says so (HTML's default checkedness), which is what a page as served shows.
 */
function withCheckedness(doc: Document): Document {
  const input = Object.getPrototypeOf(doc.createElement('input')) as object;
  if (!('checked' in input))
    Object.defineProperty(input, 'checked', {
      get(this: Element) {
        return this.hasAttribute('checked');
      },
    });
  return doc;
}

function run(entry: ReaderFixture): Row {
  const type = pageTypeFor(new URL(entry.url));
  if (!type) throw new Error(`no reader for ${entry.url}`);
  const parsed = withCheckedness(
    new LinkeDOMParser().parseFromString(entry.html(), 'text/html') as unknown as Document,
  );
  const original = read(entry, parsed.cloneNode(true) as Document);
  if (!original.reading.ok) throw new Error(`${entry.fixture}: the original does not read: ${original.reading.reason}`);
  if (entry.ticked && original.ticked.length !== entry.ticked)
    throw new Error(
      `${entry.fixture}: the original names ${original.ticked.length} ticked orders, not ${entry.ticked}`,
    );
  const reader = `${type.platform}/${type.page}`;
  const random = seeded(seedOf(`${reader}/${entry.fixture}`));
  const row: Row = { reader, fixture: entry.fixture, counts: { SAME: 0, REFUSED: 0, WRONG: 0 }, partial: 0, wrong: [] };
  for (let i = 0; i < VARIANTS; i++) {
    const doc = parsed.cloneNode(true) as Document;
    // Each operator in turn, so every one is covered, and now and then a second one on top.
    const ops = [OPERATOR_NAMES[i % OPERATOR_NAMES.length]!];
    if (random() < 0.35) ops.push(OPERATOR_NAMES[Math.floor(random() * OPERATOR_NAMES.length)]!);
    const done = ops.flatMap((op) => {
      const what = OPERATORS[op]!(targetsOf(doc, entry.labels ?? []), random);
      return what ? [`${op}: ${what}`] : [];
    });
    const variant = read(entry, doc);
    const { verdict, partial } = judgeSaid(original, variant);
    row.counts[verdict]++;
    if (partial) row.partial++;
    if (verdict === 'WRONG' && row.wrong.length < 5)
      row.wrong.push(`#${i} ${done.join('; ')}\n      read: ${difference(original, variant)}`);
  }
  return row;
}

/** The first thing the variant reads differently, for the table. */
function difference(a: PageSaid, b: PageSaid): string {
  const flat = (x: unknown, path: string, out: Map<string, string>) => {
    if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) flat(v, `${path}.${k}`, out);
    else if (!path.endsWith('.readAt')) out.set(path, JSON.stringify(x));
    return out;
  };
  const [fa, fb] = [flat(a.reading, '', new Map()), flat(b.reading, '', new Map())];
  fa.set('ticked', JSON.stringify(a.ticked));
  fb.set('ticked', JSON.stringify(b.ticked));
  for (const key of new Set([...fa.keys(), ...fb.keys()]))
    if (fa.get(key) !== fb.get(key)) return `${key} ${fa.get(key) ?? '(none)'} → ${fb.get(key) ?? '(none)'}`;
  return '(same)';
}

const pad = (r: Pick<Row, 'reader' | 'fixture' | 'counts' | 'partial'>) =>
  `${r.reader.padEnd(26)}${r.fixture.padEnd(32)}` +
  (['SAME', 'REFUSED', 'WRONG'] as const).map((k, i) => String(r.counts[k]).padStart(i ? 9 : 6)).join('') +
  `${String(r.partial).padStart(10)}`;

/** The whole table, from every shard's rows written so far. */
function table(): string {
  const rows = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as Row[]);
  const total: Record<Verdict, number> = { SAME: 0, REFUSED: 0, WRONG: 0 };
  let partial = 0;
  const lines = [
    `${'reader'.padEnd(26)}${'fixture'.padEnd(32)}${'SAME'.padStart(6)}${'REFUSED'.padStart(9)}` +
      `${'WRONG'.padStart(9)}${'(partial)'.padStart(10)}`,
  ];
  for (const r of rows) {
    lines.push(pad(r), ...r.wrong.map((w) => `    WRONG ${w}`));
    for (const k of ['SAME', 'REFUSED', 'WRONG'] as const) total[k] += r.counts[k];
    partial += r.partial;
  }
  const all = total.SAME + total.REFUSED + total.WRONG;
  lines.push(pad({ reader: 'all readers', fixture: '', counts: total, partial }));
  lines.push(
    `${all} variants of ${rows.length} fixtures: SAME ${((100 * total.SAME) / all).toFixed(1)}%, ` +
      `REFUSED ${((100 * total.REFUSED) / all).toFixed(1)}%, WRONG ${total.WRONG}`,
  );
  return lines.join('\n');
}

/** Shard `k` of `n`: every n-th fixture, so fixtures added to the list are always run. */
export function mutationShard(k: number, n: number): void {
  const entries = READER_FIXTURES.filter((_, i) => i % n === k);
  const rows: Row[] = [];
  afterAll(() => {
    if (!existsSync(DIR)) mkdirSync(DIR, { recursive: true });
    writeFileSync(`${DIR}/shard-${k}.json`, JSON.stringify(rows));
    const text = table();
    writeFileSync('test-results/mutation.txt', `${text}\n`);
    console.log(text);
  });
  describe(`mutation suite, shard ${k + 1} of ${n}: no reader ever reads a wrong figure, name or status`, () => {
    it.each(entries.map((f) => [`${new URL(f.url).hostname} ${f.fixture}`, f] as const))('%s', (_, entry) => {
      const row = run(entry);
      rows.push(row);
      expect(row.counts.SAME + row.counts.REFUSED + row.counts.WRONG).toBe(VARIANTS);
      expect(row.wrong, row.wrong.join('\n')).toEqual([]);
    });
  });
}
