// A sale's detail (/vendas/<n>/detalhe, /ventas/<n>/detalle) → which sale the seller is looking at.
// The page is recognised by its money block (./sale-amounts.ts: the embedded state first, the
// labelled rows second, which must agree with it), and a sale number the page shows must be the
// URL's. Its status, buyer and products are not known from public captures, so the reading names the
// sale and carries no order of its own: an order read with an unknown status would overwrite the
// status the sales list read.
import type { PageReading } from '../../core/types';
import { visibleLines } from '../visible-lines';
import { mercadoLibreSaleIdFromUrl } from './detect';
import { mercadoLibreMarketplaceOf } from './marketplaces';
import { nordicPageProps } from './nordic-state';
import { addingUp, amountsFromState, amountsFromText } from './sale-amounts';

/** "Venta #2000…" / "Venda #2000…": the sale number as the page heads it. */
const SALE_HEADING = /^(?:venta|venda)\s+#\s*(\d{10,16})$/i;

export function readMercadoLibreSaleDetail(doc: Document, url: URL): PageReading {
  const marketplace = mercadoLibreMarketplaceOf(url)!.code;
  const base = { platform: 'mercadolibre' as const, page: 'order-detail' as const, marketplace, url: url.href };
  const id = mercadoLibreSaleIdFromUrl(url);
  if (!id) return { ...base, ok: false, code: 'id-invalid', reason: 'the URL names no sale number' };
  const root = doc.body ?? doc.documentElement;
  const shown = new Set(visibleLines(root).flatMap((l) => SALE_HEADING.exec(l.text)?.[1] ?? []));
  if ([...shown].some((n) => n !== id))
    return { ...base, ok: false, code: 'order-mismatch', reason: `the page shows sale ${[...shown].join(', ')}` };
  const props = nordicPageProps(doc);
  const fromState = typeof props === 'object' ? amountsFromState(props) : undefined;
  const fromText = amountsFromText(root);
  if (fromText === 'ambiguous' || [...fromText].some(([key, value]) => fromState && fromState.get(key) !== value))
    return { ...base, ok: false, code: 'figures-disagree', reason: 'the money block and the page state differ' };
  if (!addingUp(fromState ?? fromText))
    return {
      ...base,
      ok: false,
      code: 'page-not-ready',
      reason: 'no money block that adds up, in the state or on the page',
    };
  return { ...base, ok: true, orders: [], metrics: [], focusOrderId: id };
}
