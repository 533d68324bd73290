// Which cell of an orders row is which: found by the words of the table's own headings, never by a
// position we assume. A heading we cannot tell, or two headings saying the same, leave that column
// unknown; a row whose cells do not line up with the headings has no columns at all.
import { labelIn, normalizeLabel } from '../label-match';
import { visibleText } from '../visible-text';
import { COLUMN_LABELS, OTHER_COLUMNS, type Column } from './list-words';
import { LIST } from './selectors';

const OTHER = '#other';
const PHRASES: [Column | typeof OTHER, string][] = [
  ...(Object.entries(COLUMN_LABELS) as [Column, readonly string[]][]).flatMap(([key, labels]) =>
    labels.map((l): [Column, string] => [key, normalizeLabel(l)]),
  ),
  ...OTHER_COLUMNS.map((l): [typeof OTHER, string] => [OTHER, normalizeLabel(l)]),
];

export interface Columns {
  /** How many cells a row must have for the indexes to hold. */
  width: number;
  index: Partial<Record<Column, number>>;
}

/** The headings of the table that holds `row`. */
export function columnsOf(table: Element | null): Columns | undefined {
  const headings = table ? [...table.querySelectorAll(LIST.heading)] : [];
  const row = headings[0]?.parentElement;
  if (!row || headings.some((h) => h.parentElement !== row)) return undefined;
  const found = new Map<Column, number[]>();
  headings.forEach((th, i) => {
    const hit = labelIn(visibleText(th, 200), PHRASES);
    if (hit && hit.key !== OTHER) found.set(hit.key, [...(found.get(hit.key) ?? []), i]);
  });
  const index: Columns['index'] = {};
  for (const [key, at] of found) if (at.length === 1) index[key] = at[0];
  return { width: row.children.length, index };
}

/** The row's cell for `column`, when the row lines up with the headings. */
export function cellOf(cells: HTMLCollection, columns: Columns | undefined, column: Column): Element | undefined {
  const at = columns?.index[column];
  return at === undefined || cells.length !== columns!.width ? undefined : (cells[at] ?? undefined);
}
