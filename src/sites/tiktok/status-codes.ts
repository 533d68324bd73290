// What the seller centre's status codes can mean, and the one status a code and a shown word agree
// on. Sources disagree (src/sites/tiktok/README.md): `main_order_status` 101 to ship, 102 shipped
// (Brazil's "Em trânsito" and "Entregue" rows both carry 102, id70972444068), 103 completed, 104
// cancelled (seller-dom.md §8, the Brazilian `search_count` tabs); `sku_display_status` follows the
// Open API's order statuses (100 unpaid, 111 awaiting shipment, 112 awaiting collection, 121 in
// transit, 122 delivered, 130 completed, 140 cancelled; Copiloto's adapter id70901687110). A code
// outside these tables, codes that disagree, or a shown word the codes do not allow: `unknown`.
import type { OrderStatus } from '../../core/types';

type Known = Exclude<OrderStatus, 'unknown'>;

const MAIN: Readonly<Record<number, readonly Known[]>> = {
  100: ['unpaid'],
  101: ['unshipped'],
  102: ['shipped', 'delivered'],
  103: ['delivered'],
  104: ['cancelled'],
};

const DISPLAY: Readonly<Record<number, readonly Known[]>> = {
  100: ['unpaid'],
  111: ['unshipped'],
  112: ['unshipped'],
  121: ['shipped'],
  122: ['delivered'],
  130: ['delivered'],
  140: ['cancelled'],
};

export interface StatusEvidence {
  /** `main_order_status` from the JSON or the row's `data-log_order_status`; each one present must agree. */
  mainCodes: number[];
  /** `sku_display_status` of every order line (JSON only). */
  displayCodes: number[];
  /** The statuses the page shows for this order (one per status line it shows). */
  shown: Known[];
}

function allowed(table: Readonly<Record<number, readonly Known[]>>, codes: number[], into: Set<Known>): void {
  for (const code of codes) {
    const meanings = table[code] ?? [];
    for (const status of [...into]) if (!meanings.includes(status)) into.delete(status);
  }
}

export function statusFrom(e: StatusEvidence): OrderStatus {
  // A list row's evidence (one code, one shown word), once per row of a 500-order page: the same
  // answer as the sets below, without building them.
  if (e.shown.length === 1 && e.mainCodes.length === 1 && e.displayCodes.length === 0)
    return MAIN[e.mainCodes[0]!]?.includes(e.shown[0]!) ? e.shown[0]! : 'unknown';
  const shown = new Set(e.shown);
  if (shown.size !== 1 || e.mainCodes.length === 0) return 'unknown';
  allowed(MAIN, e.mainCodes, shown);
  allowed(DISPLAY, e.displayCodes, shown);
  return shown.size === 1 ? [...shown][0]! : 'unknown';
}
