// Manage Orders (orders-v3) → the orders on screen. Refuses a page without the orders table.
import type { OrderItem, OrderSeen, PageReading } from '../../core/types';
import { blockLines, clean, firstMatch, textOf } from '../dom-text';
import { parseAmount } from '../parse-number';
import { parseSellerDate } from '../parse-date';
import { AMAZON_ORDER_ID, amazonMarketplace } from './detect';
import { ASIN_LABEL, CANCEL_REASON_LABEL, fulfilmentFromText, QUANTITY_LABEL, SHIP_BY_LABEL, SKU_LABEL, statusFromText, SUBTOTAL_LABEL } from './labels';
import { LIST } from './selectors';

function readItems(row: Element): OrderItem[] {
  const cell = row.querySelector(LIST.productCell);
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

function readOrderedAt(row: Element, marketplace: string): number | undefined {
  const cell = row.querySelector(LIST.dateCell);
  if (!cell) return undefined;
  const relative = cell.querySelector(LIST.relativeDate);
  for (const line of blockLines(cell)) {
    if (relative && line === clean(relative.textContent)) continue;
    const at = parseSellerDate(line, marketplace);
    if (at !== undefined) return at;
  }
  return undefined;
}

function readRow(row: Element, url: URL, marketplace: string): OrderSeen | undefined {
  const orderCell = row.querySelector(LIST.orderCell);
  const id = orderCell ? textOf(orderCell, LIST.orderLink, 64) : undefined;
  if (!orderCell || !id || !AMAZON_ORDER_ID.test(id)) return undefined;
  const status = statusFromText(textOf(row, LIST.statusMain) ?? '');
  const request = row.querySelector(LIST.buyerCancel);
  const optionLines = blockLines(row.querySelector(LIST.customerOptionCell) ?? row);
  const shipBy = firstMatch(optionLines, SHIP_BY_LABEL);
  // The tab in the URL is the surest fulfilment signal; the order cell's label is next.
  const channel = /\/orders-v3\/(fba|afn)\b/.test(url.pathname) ? 'platform' : /\/orders-v3\/mfn\b/.test(url.pathname) ? 'merchant' : fulfilmentFromText(clean(orderCell.textContent));
  return {
    platform: 'amazon',
    marketplace,
    id,
    orderedAt: readOrderedAt(row, marketplace),
    buyerName: textOf(row, LIST.buyer, 200),
    items: readItems(row),
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
  const rows = [...doc.querySelectorAll(LIST.row)];
  const orders = rows.map((r) => readRow(r, url, marketplace)).filter((o): o is OrderSeen => o !== undefined);
  // Rows that exist but yield no order mean the markup changed under us: refuse rather than undercount.
  const dataRows = rows.filter((r) => r.querySelector(LIST.orderCell));
  if (dataRows.length !== orders.length) return { ...base, ok: false, reason: `${dataRows.length - orders.length} order rows could not be read` };
  if (rows.length > 0 && dataRows.length === 0 && !doc.querySelector(LIST.totalHeading)) {
    return { ...base, ok: false, reason: 'order rows have no order cell' };
  }
  return { ...base, ok: true, orders, metrics: [] };
}
