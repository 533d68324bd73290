// Each row's hooks, found with one query per hook over the whole list (a query per row and hook costs
// a 500-row list several times more): every element a hook finds, handed to the row that holds it.
import { LIST } from './selectors';

const HOOKS = ['checkbox', 'detailLink', 'buyerSpans', 'itemTitle', 'status', 'total'] as const;
export type Hook = (typeof HOOKS)[number];
export type RowHooks = Record<Hook, Element[]>;

const empty = (): RowHooks => ({ checkbox: [], detailLink: [], buyerSpans: [], itemTitle: [], status: [], total: [] });

export function hooksByRow(root: ParentNode, rows: readonly Element[]): Map<Element, RowHooks> {
  const byRow = new Map<Element, RowHooks>(rows.map((row) => [row, empty()]));
  for (const hook of HOOKS)
    for (const el of root.querySelectorAll(LIST[hook]))
      // Up to the row that holds it (a few steps): cheaper than matching a selector on the way.
      for (let up = el.parentElement; up; up = up.parentElement) {
        const hooks = byRow.get(up);
        if (hooks) {
          hooks[hook].push(el);
          break;
        }
      }
  return byRow;
}
