// One drawn order's figures, read in one pass over its rows' text nodes (natively: the cheap way in a
// content script's isolated world). Only the few texts that could be a status, an amount or a
// quantity (or the tag of a buyer's cancellation request) are looked at closer: seen by the seller, outside names, titles and links, and a whole
// line of their block (so "Partially shipped" split over two elements is never "shipped").
import type { RowFacts } from './list-rows';
import { amountLine, ANY_SIGN, maySayAmount } from './money-text';
import { LIST } from './selectors';
import { MAY_SHOW_REQUEST, shownRequest } from './request-words';
import { UNREAD, usableChild, type Walk } from './row-walk';
import { MAY_SHOW_STATUS, shownStatus } from './status-words';
import { isShown, MAY_HIDE, MAY_HIDE_SELECTOR, visibleText } from '../visible-text';
import { INLINE_TAGS } from '../visible-lines';

/** "× 2": the quantity line of an item row. */
export const QUANTITY_LINE = /^[×x✕]\s*(\d{1,5})$/;
const FULFILMENT: Readonly<Record<string, boolean>> = { '0': false, '1': true };
/** The lines we look for are short; longer texts (titles, notes) are passed over without a look. */
const LONGEST = 40;
const LONGEST_CELL = 160;
export const distinct = <T>(values: T[]): T[] => [...new Set(values)];
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A drawn order: its facts, and its rows, for the names and titles read only when no answer covers it. */
export interface DrawnOrder {
  facts: RowFacts;
  header: Element;
  itemRows: Element[];
}

/** The visible whole-line texts of `root` that `pick` accepts, outside names, titles and links. */
function linesWhere<T>(root: Element, w: Walk, pick: (text: string) => T | undefined): T[] {
  const out: T[] = [];
  const walker = w.doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.length > LONGEST * 2) continue;
    const text = collapse(raw);
    const picked = text && text.length <= LONGEST ? pick(text) : undefined;
    const parent = node.parentElement;
    if (picked === undefined || !parent || !w.usable(parent) || !w.isLine(parent, text)) continue;
    out.push(picked);
  }
  return out;
}

/**
 * Descendants after which an element's raw text may not be its one visible line: anything not
 * inline (a block starts a line; scripts, templates, images), anything that may hide its text (the
 * attributes and class words visible-text.ts looks at, and any inline style), names, titles, links.
 */
const NOT_PLAIN = [
  `*:not(${INLINE_TAGS.join(', ')})`,
  // Whatever may hide its text (visible-text.ts; its tags are all blocks, so the line above has them too).
  MAY_HIDE_SELECTOR,
  // Any inline style: one may make an inline element a block, a line of its own.
  '[style]',
  UNREAD,
].join(', ');

/**
 * The visible lines of a cell that `pick` accepts (the cell is one the seller sees, outside names,
 * titles and links). A cell whose descendants are plain inline text (one native query says so) is
 * its raw text, one line; any other is walked text node by text node.
 */
function cellLines<T>(cell: Element, raw: string, w: Walk, pick: (text: string) => T | undefined): T[] {
  const text = collapse(raw);
  const picked = text.length <= LONGEST ? pick(text) : undefined;
  if (picked !== undefined && (oneTextElement(cell) || cell.querySelector(NOT_PLAIN) === null)) return [picked];
  return linesWhere(cell, w, pick);
}

/** Inline tags that hide nothing (visible-text.ts hides svg, math, canvas, iframe and object) and are not links. */
const PLAIN_TAGS = new Set<string>(
  INLINE_TAGS.filter((t) => !['A', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT'].includes(t)),
);

/**
 * The usual status or total cell, `<td><span class="…">To ship</span></td>`, asked in a few reads
 * instead of NOT_PLAIN's many attribute tests: its one element holds only text, is inline, and
 * carries no attribute but a class that neither may hide nor is a name's or a title's.
 */
function oneTextElement(cell: Element): boolean {
  const only = cell.firstElementChild;
  if (!only || only !== cell.lastElementChild || only.firstElementChild || !PLAIN_TAGS.has(only.tagName)) return false;
  const count = only.attributes.length;
  if (count === 0) return true;
  const classes = only.getAttribute('class');
  return count === 1 && classes !== null && !MAY_HIDE.test(classes) && !/\bline-clamp-2\b/.test(classes);
}

/** What one order's rows show so far: its facts, and its amount when `totals` (how many distinct amounts) is 1. */
interface Shown {
  facts: RowFacts;
  total?: number;
  totals: number;
}

const anyFigure = new Map<string, RegExp>();

/** A status word, a request's words or the currency's sign, in one test: most cells show none of them. */
function mayShowAnyOf(currency: string): RegExp {
  let re = anyFigure.get(currency);
  if (!re) {
    const parts = [MAY_SHOW_STATUS.source, MAY_SHOW_REQUEST.source, ANY_SIGN.get(currency)?.source ?? '[^\\s\\S]'];
    anyFigure.set(currency, (re = new RegExp(parts.join('|'), 'i')));
  }
  return re;
}

/** Reads the cells of one of the order's rows into `into`. */
function readCells(r: Element, w: Walk, into: Shown): void {
  const mayShowAny = mayShowAnyOf(w.currency);
  // Sibling by sibling: iterating the live `children` collection cost several times more here.
  for (let cell = r.firstElementChild; cell; cell = cell.nextElementSibling) {
    // One native read of the cell's text says whether it can hold a status or an amount at all;
    // a long cell (names, titles, the order's header) holds neither as a line of its own.
    const raw = cell.textContent ?? '';
    if (raw.length > LONGEST_CELL || !mayShowAny.test(raw)) continue;
    const status = MAY_SHOW_STATUS.test(raw);
    const request = MAY_SHOW_REQUEST.test(raw);
    const amount = maySayAmount(raw, w.currency);
    if (!(status || request || amount) || !usableChild(cell)) continue;
    if (status) into.facts.shown.push(...cellLines(cell, raw, w, shownStatus));
    if (request && cellLines(cell, raw, w, shownRequest).length) into.facts.requestShown = true;
    if (amount)
      for (const value of cellLines(cell, raw, w, (t) => amountLine(t, w.currency))) {
        if (into.totals > 0 && value === into.total) continue;
        into.total = value;
        into.totals += 1;
      }
  }
}

/** The order drawn in `row` (one `w.usable` says the seller sees: readRows reads no other) and its `others`. */
export function drawn(id: string, row: Element, others: Element[], w: Walk): DrawnOrder {
  const order: DrawnOrder = { facts: { id, mainCode: -1, shown: [] }, header: row, itemRows: others };
  const shown: Shown = { facts: order.facts, totals: 0 };
  readCells(row, w, shown);
  // A row the seller does not see (or inside a name, title or link) shows nothing of the order.
  for (const r of others) if (w.usable(r)) readCells(r, w, shown);
  if (shown.totals === 1) order.facts.total = shown.total;
  const code = row.getAttribute('data-log_order_status') ?? '';
  if (/^\d{1,6}$/.test(code)) order.facts.mainCode = Number(code);
  const fbt = FULFILMENT[row.getAttribute('data-log_order_fulfillment_type') ?? ''];
  if (fbt !== undefined) order.facts.fbt = fbt;
  return order;
}

/** Quantity lines ("× 2") of the order's item rows, read only when no answer covers the order. */
export function quantitiesOf(order: DrawnOrder, w: Walk): string[] {
  return order.itemRows.flatMap((r) => linesWhere(r, w, (t) => QUANTITY_LINE.exec(t)?.[1]));
}

/** Names and titles: the visible text of each clamped block of the order's rows. */
export function clampedOf(order: DrawnOrder): { inHeader: boolean; text: string }[] {
  return [order.header, ...order.itemRows].flatMap((r) =>
    [...r.querySelectorAll(LIST.clamped)]
      .filter((el) => isShown(el, r))
      .map((el) => ({ inHeader: r === order.header, text: visibleText(el, 500) }))
      .filter((c) => c.text !== ''),
  );
}
