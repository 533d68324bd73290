// Manage Orders (orders-v3) → the orders on screen. Refuses a page without the orders table.
import type { OrderItem, OrderSeen, PageReading } from '../../core/types';
import { blockLines, clean, firstMatch, textOf } from '../dom-text';
import { parseAmount } from '../parse-number';
import { parseSellerDate } from '../parse-date';
import { AMAZON_ORDER_ID, amazonMarketplace } from './detect';
import { ASIN_LABEL, CANCEL_REASON_LABEL, fulfilmentFromText, QUANTITY_LABEL, SHIP_BY_LABEL, SKU_LABEL, statusFromText, SUBTOTAL_LABEL } from './labels';
import { CELL_IDS, LIST } from './selectors';

type Cells = Partial<Record<keyof typeof CELL_IDS, Element>>;

/** The row's cells by their data-test-id, in one pass over its children. */
const CELL_KEYS = new Map<string, keyof typeof CELL_IDS>(Object.entries(CELL_IDS).map(([key, id]) => [id, key as keyof typeof CELL_IDS]));

function cellsOf(row: Element): Cells {
  const cells: Cells = {};
  const tds = row.children;
  for (let i = 0; i < tds.length; i++) {
    const key = CELL_KEYS.get(tds[i]!.getAttribute('data-test-id') ?? '');
    if (key) cells[key] = tds[i];
  }
  return cells;
}

function readItems(cell: Element | undefined): OrderItem[] {
  if (!cell) return [];
  const blocks = [...cell.querySelectorAll(LIST.productBlock)];
  return (blocks.length ? blocks : [cell]).map((block) => {
    // Label lines sit beside the title block; with one item they are the cell's own lines.
    const scope = blocks.length > 1 ? block : cell;
    const lines = blockLines(scope);
    return {
      title: textOf(block, 'a', 500) ?? clean(block.textContent, 200),
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
    if (relative && line === clean(relative.textContent)) continue;
    const at = parseSellerDate(line, marketplace);
    if (at !== undefined) return at;
  }
  return undefined;
}

function readRow(cells: Cells, url: URL, marketplace: string): OrderSeen | undefined {
  const orderCell = cells.order;
  const id = orderCell ? textOf(orderCell, LIST.orderLink, 64) : undefined;
  if (!orderCell || !id || !AMAZON_ORDER_ID.test(id)) return undefined;
  const status = statusFromText((cells.status && textOf(cells.status, LIST.mainStatus)) ?? '');
  const request = cells.status?.querySelector(LIST.buyerCancel);
  const optionLines = cells.option ? blockLines(cells.option) : [];
  const shipBy = firstMatch(optionLines, SHIP_BY_LABEL);
  // The tab in the URL is the surest fulfilment signal; the order cell's label is next.
  const channel = /\/orders-v3\/(fba|afn)\b/.test(url.pathname) ? 'platform' : /\/orders-v3\/mfn\b/.test(url.pathname) ? 'merchant' : fulfilmentFromText(clean(orderCell.textContent));
  return {
    platform: 'amazon',
    marketplace,
    id,
    orderedAt: readOrderedAt(cells.date, marketplace),
    buyerName: textOf(orderCell, LIST.buyer, 200),
    items: readItems(cells.product),
    status,
    fulfilment: channel,
    shipBy: shipBy ? parseSellerDate(shipBy, marketplace) : undefined,
    cancelRequest: request ? { viaPlatform: true, reason: firstMatch(blockLines(request), CANCEL_REASON_LABEL)?.slice(0, 300) } : undefined,
  };
}

export function readAmazonOrderList(doc: Document, url: URL): PageReading {
  const marketplace = amazonMarketplace(url);
  const base = { platform: 'amazon' as const, page: 'order-list' as const, marketplace, url: url.href };
  const table = doc.querySelector(LIST.table);
  if (!table) return { ...base, ok: false, reason: 'orders table #orders-table not found' };
  const rows = doc.querySelectorAll(LIST.row);
  const orders: OrderSeen[] = [];
  let dataRows = 0;
  for (let i = 0; i < rows.length; i++) {
    const cells = cellsOf(rows[i]!);
    if (!cells.order) continue;
    dataRows++;
    const order = readRow(cells, url, marketplace);
    if (order) orders.push(order);
  }
  // Rows that exist but yield no order mean the markup changed under us: refuse rather than undercount.
  if (dataRows !== orders.length) return { ...base, ok: false, reason: `${dataRows - orders.length} order rows could not be read` };
  if (rows.length > 0 && dataRows === 0 && !doc.querySelector(LIST.totalHeading)) {
    return { ...base, ok: false, reason: 'order rows have no order cell' };
  }
  return { ...base, ok: true, orders, metrics: [] };
}
