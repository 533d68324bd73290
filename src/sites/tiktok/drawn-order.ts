// One drawn order's figures, read in one pass over its rows' text nodes (natively: the cheap way in a
// content script's isolated world). Only the few texts that could be a status, an amount or a
// quantity (or the tag of a buyer's cancellation request) are looked at closer: seen by the seller, outside names, titles and links, and a whole
// line of their block (so "Partially shipped" split over two elements is never "shipped").
import type { RowFacts } from './list-rows';
import { amountLine, maySayAmount } from './money-text';
import { LIST } from './selectors';
import { MAY_SHOW_REQUEST, shownRequest } from './request-words';
import { MAY_SHOW_STATUS, shownStatus } from './status-words';
import { isHiddenElement, isShown, MAY_HIDE_SELECTOR, visibleText } from '../visible-text';
import { INLINE_TAGS, isInline, visibleLines } from '../visible-lines';

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

/** Whether the seller sees an element, decided once per element and shared by its descendants. */
function seer(): (el: Element | null) => boolean {
  const memo = new Map<Element, boolean>();
  const seen = (el: Element | null): boolean => {
    if (!el) return true;
    let known = memo.get(el);
    if (known === undefined) memo.set(el, (known = seen(el.parentElement) && !isHiddenElement(el)));
    return known;
  };
  return seen;
}

/** Names, titles, links and the cells we do not read: never a status or an amount. */
const UNREAD = `${LIST.clamped}, ${LIST.loggedClick}, a`;

/**
 * Whether a text is a whole visible line of its block. Nearly always its block holds nothing else
 * (each element on the way up has this one child): then it is; otherwise the block's lines decide.
 */
function lineChecker(): (el: Element, text: string) => boolean {
  const linesOf = new Map<Element, Set<string>>();
  return (el, text) => {
    let block: Element = el;
    let alone = el.childNodes.length === 1;
    while (isInline(block) && block.parentElement) {
      block = block.parentElement;
      alone &&= block.childNodes.length === 1;
    }
    if (alone) return true;
    if (!linesOf.has(block)) linesOf.set(block, new Set(visibleLines(block).map((l) => l.text)));
    return linesOf.get(block)!.has(text);
  };
}

export interface Walk {
  doc: Document;
  currency: string;
  /** Whether the seller sees the element. */
  seen: (el: Element) => boolean;
  /** A figure's element must be seen and outside names, titles and links. */
  usable: (el: Element) => boolean;
  isLine: (el: Element, text: string) => boolean;
}

export function walkOf(doc: Document, currency: string): Walk {
  const seen = seer();
  return {
    doc,
    currency,
    seen,
    // Asked only of the few elements that may hold a figure: one native lookup each.
    usable: (el) => seen(el) && el.closest(UNREAD) === null,
    isLine: lineChecker(),
  };
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
  if (picked !== undefined && cell.querySelector(NOT_PLAIN) === null) return [picked];
  return linesWhere(cell, w, pick);
}

/**
 * Whether a cell of a row the seller sees is seen and outside names, titles and links: what
 * `w.usable` would say, without walking its ancestors again. A bare cell (no attribute) is.
 */
const cellUsable = (cell: Element): boolean =>
  (cell.attributes.length === 0 && cell.tagName === 'TD') || (!isHiddenElement(cell) && !cell.matches(UNREAD));

/** What one order's rows show so far: its facts, and its amount when `totals` (how many distinct amounts) is 1. */
interface Shown {
  facts: RowFacts;
  total?: number;
  totals: number;
}

/** Reads the cells of one of the order's rows into `into`. */
function readCells(r: Element, w: Walk, into: Shown): void {
  // Sibling by sibling: iterating the live `children` collection cost several times more here.
  for (let cell = r.firstElementChild; cell; cell = cell.nextElementSibling) {
    // One native read of the cell's text says whether it can hold a status or an amount at all;
    // a long cell (names, titles, the order's header) holds neither as a line of its own.
    const raw = cell.textContent ?? '';
    if (raw.length > LONGEST_CELL) continue;
    const status = MAY_SHOW_STATUS.test(raw);
    const request = MAY_SHOW_REQUEST.test(raw);
    const amount = maySayAmount(raw, w.currency);
    if (!(status || request || amount) || !cellUsable(cell)) continue;
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

export function drawn(id: string, row: Element, others: Element[], w: Walk): DrawnOrder {
  const order: DrawnOrder = { facts: { id, mainCode: -1, shown: [] }, header: row, itemRows: others };
  const shown: Shown = { facts: order.facts, totals: 0 };
  // A row the seller does not see (or inside a name, title or link) shows nothing of the order.
  if (w.usable(row)) readCells(row, w, shown);
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
