// Each row's hooks, found with one query per hook over the whole list (a query per row and hook costs
// a 500-row list several times more): every element a hook finds, handed to the row that holds it.
import { LIST } from './selectors';

const HOOKS = ['checkbox', 'detailLink', 'buyerSpans', 'itemTitle', 'status', 'total'] as const;
export type Hook = (typeof HOOKS)[number];
export type RowHooks = Record<Hook, Element[]>;

const empty = (): RowHooks => ({ checkbox: [], detailLink: [], buyerSpans: [], itemTitle: [], status: [], total: [] });

/** The nearest order row above `el` (not `el` itself). */
const above = (el: Element) => el.parentElement?.closest(LIST.row) ?? null;

export function hooksByRow(root: ParentNode, rows: readonly Element[]): Map<Element, RowHooks> {
  const byRow = new Map<Element, RowHooks>(rows.map((row) => [row, empty()]));
  for (const hook of HOOKS)
    for (const el of root.querySelectorAll(LIST[hook]))
      // The nearest of our rows that holds it, by a native climb: stepping up from the content
      // script's world would give every cell and wrapper on the way an object of its own there.
      for (let row = above(el); row; row = above(row)) {
        const hooks = byRow.get(row);
        if (hooks) {
          hooks[hook].push(el);
          break;
        }
      }
  return byRow;
}
