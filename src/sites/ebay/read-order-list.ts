// Seller Hub's Manage orders (/sh/ord/, every status filter) → the orders on screen, and the ones the
// seller has ticked. No JSON behind the list was found (README.md): every row is read from its markup,
// its order number agreed by three hooks. A row that cannot be read refuses the page (never a shorter
// list); rows fewer than "Results: a - b of N" promises are a list still filling itself in.
import type { OrderSeen, PageReading } from '../../core/types';
import { failed } from '../page-type';
import { visibleLines } from '../visible-lines';
import { isHiddenElement, isShown, MAY_HIDE_SELECTOR } from '../visible-text';
import { ebayMarketplaceOf } from './marketplaces';
import { columnsOf } from './list-columns';
import { hooksByRow } from './list-hooks';
import { readListRow } from './list-row';
import { isChallenge, isEmptyLine, resultsLine } from './list-words';
import { LIST } from './selectors';

const TYPE = {
  platform: 'ebay',
  page: 'order-list',
  marketplace: (url: URL) => ebayMarketplaceOf(url)?.code ?? 'US',
} as const;

/** The list's rows: those a seller can see (their body asked once, not once per row). */
function rowsOf(doc: Document): Element[] {
  const hiddenParent = new Map<Element | null, boolean>();
  return [...doc.querySelectorAll(LIST.row)].filter((row) => {
    const parent = row.parentElement;
    let hidden = hiddenParent.get(parent);
    if (hidden === undefined) hiddenParent.set(parent, (hidden = isHiddenElement(parent!)));
    // Nearly every row carries nothing that could hide it: one native match says so.
    return !hidden && !(row.matches(MAY_HIDE_SELECTOR) && isHiddenElement(row));
  });
}

/** How many rows the summary bar says this page shows ("Results: 1 - 6 of 6"), when it says so once. */
function promisedRows(doc: Document): number | undefined {
  const bar = doc.querySelector(LIST.summary);
  const said = new Set(
    (bar ? visibleLines(bar) : []).map((l) => resultsLine(l.text)?.shown).filter((n) => n !== undefined),
  );
  return said.size === 1 ? [...said][0] : undefined;
}

/** The list's "no results" sentence, anywhere on the page (only looked for when there are no rows). */
function saysEmpty(doc: Document): boolean {
  const root = doc.querySelector('main') ?? doc.body;
  return root ? visibleLines(root).some((l) => isEmptyLine(l.text)) : false;
}

export function readEbayOrderList(doc: Document, url: URL): PageReading {
  const site = ebayMarketplaceOf(url);
  if (!site) return failed(TYPE, url, 'layout-unknown', 'not an eBay site we read');
  if (isChallenge(doc, url))
    return failed(TYPE, url, 'layout-unknown', "eBay's bot check is shown instead of the list");
  const rows = rowsOf(doc);
  const promised = promisedRows(doc);
  if (rows.length === 0) {
    if (promised === 0 || saysEmpty(doc)) return { ...base(url, site.code), ok: true, orders: [], metrics: [] };
    return failed(TYPE, url, 'page-not-ready', 'no order rows and no empty-list sentence yet');
  }
  if (promised !== undefined && rows.length < promised)
    return failed(TYPE, url, 'page-not-ready', `${rows.length} rows of the ${promised} the summary promises`);
  const table = rows[0]!.closest('table');
  const ctx = { marketplace: site.code, currency: site.currency, columns: columnsOf(table) };
  const hooks = hooksByRow(doc, rows);
  const orders: OrderSeen[] = [];
  for (const row of rows) {
    const result = readListRow(row, hooks.get(row)!, ctx);
    if (!('order' in result)) return failed(TYPE, url, result.code, result.reason);
    orders.push(result.order);
  }
  return { ...base(url, site.code), ok: true, orders, metrics: [] };
}

function base(url: URL, marketplace: string) {
  return { platform: 'ebay' as const, page: 'order-list' as const, marketplace, url: url.href };
}

/**
 * The orders whose bulk checkbox is ticked, each once, in the list's order: a box the seller can see
 * and change (as Amazon's and Mercado Libre's ticks are read).
 */
export function tickedOrderIds(doc: Document): string[] {
  // Asked on every answered reading and every tick: with no box ticked anywhere (a list as it
  // loads), one query says so.
  if (!doc.querySelector(`${LIST.checkbox}:checked`)) return [];
  const ids = new Set<string>();
  for (const row of rowsOf(doc)) {
    const box = row.querySelector<HTMLInputElement>(LIST.checkbox);
    const id = LIST.rowId.exec(row.id)?.[1];
    if (!box?.checked || box.disabled || !isShown(box, row)) continue;
    if (id && box.getAttribute('data-ordernumber') === id) ids.add(id);
  }
  return [...ids];
}
