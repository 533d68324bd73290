// Manage Orders (orders-v3) → the orders on screen. Refuses a page without the orders table.
// Each row's id, status, buyer and buyer-request marker come from the markup. Dates, items and
// prices come from the page's own search response when it covers every row on screen (cheaper
// and surer than the cells); otherwise from the cells. In the guard, the response's half is done by
// the background (readAmazonOrderRows here, completeFromSearch there), off the page's thread.
import type { Fulfilment, OrderItem, OrderSeen, PageReading } from '../../core/types';
import { ORDERS_SEARCH_PATH } from '../../page-world/channel';
import { blockLines, firstMatch, textOf } from '../dom-text';
import type { PageJson } from '../page-json';
import { parseAmount } from '../parse-number';
import { parseSellerDate } from '../parse-date';
import { isCleanRegion, isShown, visibleText } from '../visible-text';
import { AMAZON_ORDER_ID, amazonMarketplace } from './detect';
import { completeFromSearch } from './orders-api';
import {
  ASIN_LABEL,
  CANCEL_REASON_LABEL,
  fulfilmentFromText,
  QUANTITY_LABEL,
  SHIP_BY_LABEL,
  SKU_LABEL,
  SUBTOTAL_LABEL,
} from './labels';
import { buyerIn, orderIdIn, statusIn } from './row-figures';
import { CELL_IDS, LIST } from './selectors';

/** A row's cell by its data-test-id: one child query, so the row's other cells are never touched. */
const CELL_SELECTORS = Object.fromEntries(
  Object.entries(CELL_IDS).map(([key, id]) => [key, `:scope > td[data-test-id="${id}"]`]),
) as Record<keyof typeof CELL_IDS, string>;
const cellOf = (row: Element, key: keyof typeof CELL_IDS): Element | undefined =>
  row.querySelector(CELL_SELECTORS[key]) ?? undefined;
const STATUS_CELL = `td[data-test-id="${CELL_IDS.status}"]`;
/** The status cells that follow an order cell in their own row (siblings share the row), in the list's order. */
const STATUS_AFTER_ORDER = `tbody tr > ${LIST.orderCell} ~ ${STATUS_CELL}`;
/**
 * A table nested in the list, or a row with two status cells. (Any nested table, not only one holding
 * order or status cells: one tag is the cheapest thing to look for, and a list that nests one is still
 * read exactly, row by row.)
 */
const BREAKS_PAIRING = `table, tbody tr > ${STATUS_CELL} ~ ${STATUS_CELL}`;

/**
 * Whether the i-th of `statusCells` (STATUS_AFTER_ORDER) is the i-th order cell's own, proved for the
 * whole list by one more query and no row object made in this world (a row object per order cost more:
 * 500 rows read 0.7–1 ms faster without). As many status cells follow an order cell in its row as there
 * are order cells, and no row holds two status cells: so each row holds one order cell, then its one
 * status cell. With no table nested in the list, rows follow one another in the list's order, and the
 * i-th of each kind is in the i-th row.
 */
function pairedByPlace(table: Element, orderCells: NodeListOf<Element>, statusCells: NodeListOf<Element>): boolean {
  return statusCells.length === orderCells.length && table.querySelector(BREAKS_PAIRING) === null;
}

function readItems(cell: Element | undefined): OrderItem[] {
  if (!cell) return [];
  const blocks = [...cell.querySelectorAll(LIST.productBlock)];
  return (blocks.length ? blocks : [cell]).map((block) => {
    // Label lines sit beside the title block; with one item they are the cell's own lines.
    const scope = blocks.length > 1 ? block : cell;
    const lines = blockLines(scope);
    return {
      title: textOf(block, 'a', 500) ?? visibleText(block, 200),
      quantity: Number(firstMatch(lines, QUANTITY_LABEL) ?? 1),
      asin: firstMatch(lines, ASIN_LABEL),
      sku: firstMatch(lines, SKU_LABEL)?.slice(0, 100),
      price: parseAmount(firstMatch(lines, SUBTOTAL_LABEL) ?? ''),
    };
  });
}

function readOrderedAt(dateCell: Element | undefined, marketplace: string): number | undefined {
  const cell = dateCell?.querySelector(LIST.cellBody);
  if (!cell) return undefined;
  const relative = cell.querySelector(LIST.relativeDate);
  for (const line of blockLines(cell)) {
    if (relative && line === visibleText(relative)) continue;
    const at = parseSellerDate(line, marketplace);
    if (at !== undefined) return at;
  }
  return undefined;
}

/** The tab in the URL is the surest fulfilment signal; without one, each row's order cell says. */
function channelOfTab(url: URL): Fulfilment | undefined {
  if (/\/orders-v3\/(fba|afn)\b/.test(url.pathname)) return 'platform';
  if (/\/orders-v3\/mfn\b/.test(url.pathname)) return 'merchant';
  return undefined;
}

/**
 * What only the markup says: which order a row is, its status, buyer and request marker. Asked of
 * every row of the list, so each cell is checked once for anything that could hide (isCleanRegion)
 * and its figures are read as cheaply as that allows (row-figures.ts).
 */
function readRowBasics(
  orderCell: Element,
  statusCell: Element | undefined,
  tab: Fulfilment | undefined,
  marketplace: string,
  request: Element | undefined,
): OrderSeen | undefined {
  const clean = isCleanRegion(orderCell);
  const id = orderIdIn(orderCell, clean);
  if (!id) return undefined;
  return {
    platform: 'amazon',
    marketplace,
    id,
    buyerName: buyerIn(orderCell, clean),
    items: [],
    status: statusIn(statusCell),
    fulfilment: tab ?? fulfilmentFromText(visibleText(orderCell)),
    cancelRequest: request
      ? { viaPlatform: true, reason: firstMatch(blockLines(request), CANCEL_REASON_LABEL)?.slice(0, 300) }
      : undefined,
  };
}

/** The few status cells with a buyer-request marker, found in one query rather than one per row. */
function requestsByStatusCell(table: Element): Map<Element, Element> {
  const byCell = new Map<Element, Element>();
  for (const marker of table.querySelectorAll(LIST.buyerCancel)) {
    const cell = marker.closest('td');
    if (cell?.getAttribute('data-test-id') === CELL_IDS.status && isShown(marker, cell)) byCell.set(cell, marker);
  }
  return byCell;
}

/** The rest from the cells, when the page's JSON did not say it. */
function fillFromCells(order: OrderSeen, row: Element, marketplace: string): void {
  const option = cellOf(row, 'option');
  const shipBy = firstMatch(option ? blockLines(option) : [], SHIP_BY_LABEL);
  order.orderedAt = readOrderedAt(cellOf(row, 'date'), marketplace);
  order.items = readItems(cellOf(row, 'product'));
  order.shipBy = shipBy ? parseSellerDate(shipBy, marketplace) : undefined;
}

/** The row's own tick box (its first cell), as its row says: a box in another cell is not the row's. */
const ROW_TICK = `:scope > ${LIST.rowTick}`;

/** Whether the seller has ticked this row: its own box, checked and visible. */
function isTicked(row: Element): boolean {
  const box = row.querySelector<HTMLInputElement>(ROW_TICK);
  return box !== null && box.checked && !box.disabled && isShown(box, row);
}

/**
 * The rows that may be ticked: those holding a checked box, found in one query. Only these are asked
 * isTicked (a query per row over 500 rows, on every pass, cost more than reading them).
 */
function rowsWithACheckedBox(table: Element): Set<Element> {
  const rows = new Set<Element>();
  for (const box of table.querySelectorAll(`${LIST.rowTick}:checked`))
    for (let node = box.parentElement; node && node !== table; node = node.parentElement)
      if (node.tagName === 'TR') rows.add(node);
  return rows;
}

/**
 * The orders whose rows the seller has ticked for a bulk action, each once, in the list's order.
 * Cheap enough to run on every tick: one query for the checked boxes, one for the order cells.
 */
export function tickedOrderIds(doc: Document): string[] {
  const table = doc.querySelector(LIST.table);
  if (!table) return [];
  const ids = new Set<string>();
  const maybe = rowsWithACheckedBox(table);
  if (maybe.size === 0) return [];
  for (const cell of table.querySelectorAll(`tbody tr > ${LIST.orderCell}`)) {
    const row = cell.parentElement!;
    if (!maybe.has(row) || !isTicked(row)) continue;
    const id = textOf(cell, LIST.orderLink, 64);
    if (id && AMAZON_ORDER_ID.test(id)) ids.add(id);
  }
  return [...ids];
}

/** The rows on screen with what only the markup says, and their order cells for the cells' part. */
function readRows(doc: Document, url: URL): { reading: PageReading; orderCells: ArrayLike<Element> } {
  const marketplace = amazonMarketplace(url);
  const base = { platform: 'amazon' as const, page: 'order-list' as const, marketplace, url: url.href };
  const table = doc.querySelector(LIST.table);
  if (!table)
    return {
      reading: { ...base, ok: false, code: 'layout-unknown', reason: 'orders table #orders-table not found' },
      orderCells: [],
    };
  // A data row is one that carries the order cell.
  const orderCells = table.querySelectorAll(`tbody tr > ${LIST.orderCell}`);
  const tab = channelOfTab(url);
  const requests = requestsByStatusCell(table);
  // Each row's status cell in one query for the table, where one per row cost more than reading the
  // cell; unless the list proves them paired by place, each row asks for its own first one.
  const statusCells = table.querySelectorAll(STATUS_AFTER_ORDER);
  const paired = pairedByPlace(table, orderCells, statusCells);
  const orders: OrderSeen[] = [];
  for (let i = 0; i < orderCells.length; i++) {
    const cell = orderCells[i]!;
    const statusCell = paired ? statusCells[i] : cellOf(cell.parentElement!, 'status');
    const request = requests.size && statusCell ? requests.get(statusCell) : undefined;
    const order = readRowBasics(cell, statusCell, tab, marketplace, request);
    if (order) orders.push(order);
  }
  // Rows that exist but yield no order mean the markup changed under us: refuse rather than undercount.
  if (orders.length !== orderCells.length) {
    const reason = `${orderCells.length - orders.length} order rows could not be read`;
    return { reading: { ...base, ok: false, code: 'rows-unreadable', reason }, orderCells: [] };
  }
  if (orderCells.length === 0 && doc.querySelector(LIST.row) && !doc.querySelector(LIST.totalHeading))
    return {
      reading: { ...base, ok: false, code: 'layout-unknown', reason: 'order rows have no order cell' },
      orderCells: [],
    };
  return { reading: { ...base, ok: true, orders, metrics: [] }, orderCells };
}

/** The page's half when its search response was seen: the background completes the orders from it. */
export function readAmazonOrderRows(doc: Document, url: URL): PageReading {
  return readRows(doc, url).reading;
}

export function readAmazonOrderList(doc: Document, url: URL, json?: PageJson): PageReading {
  const { reading, orderCells } = readRows(doc, url);
  if (!reading.ok) return reading;
  const completed =
    json && reading.orders.length ? completeFromSearch(reading, json.latest(ORDERS_SEARCH_PATH)) : undefined;
  if (completed) return completed;
  reading.orders.forEach((order, i) => fillFromCells(order, orderCells[i]!.parentElement!, reading.marketplace));
  return reading;
}
