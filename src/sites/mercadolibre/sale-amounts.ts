// The money block of a sale's detail page: product price, Mercado Libre's charges, shipping, taxes
// and what the seller receives. Brazil embeds them at `appProps.pageProps.response` as rows
// `account_rows-PRODUCT|CHARGES|SHIPMENT|TAXES|TOTAL` with a printed `subTotal` ("-R$ 80,38",
// id71540329942); the Spanish sites show them under "Precio del producto", "Cargos por venta",
// "Envíos", "Impuestos" (id53321980693). The rows must add up to the total, and the visible rows must
// say what the state says.
import { parseAmount } from '../parse-number';
import { labelRegions } from './label-regions';
import { obj, type Json } from './nordic-state';

export type AmountKey = 'product' | 'charges' | 'shipping' | 'taxes' | 'total';
export type SaleAmounts = Partial<Record<AmountKey, number>> & { product: number; total: number };

const STATE_ROWS: Record<string, AmountKey> = {
  'account_rows-PRODUCT': 'product',
  'account_rows-CHARGES': 'charges',
  'account_rows-SHIPMENT': 'shipping',
  'account_rows-TAXES': 'taxes',
  'account_rows-TOTAL': 'total',
};

/** Labels of the money block in Spanish and Portuguese ("Tarifa de 11,5%" names the charge with its rate). */
const LABELS: [AmountKey, string][] = [
  ['product', 'precio del producto'],
  ['product', 'preço do produto'],
  ['charges', 'cargos por venta'],
  ['charges', 'tarifa de venda'],
  ['charges', 'tarifa de'],
  ['shipping', 'envíos'],
  ['shipping', 'tarifa do mercado envios'],
  ['taxes', 'impuestos'],
  ['taxes', 'impostos'],
  ['total', 'total'],
];

/** An amount with its currency sign ("-R$ 80,38", "$ 1,250.00"): never a rate ("Tarifa de 11,5%"). */
const MONEY = /[-−]?\s*(?:r\$|us\$|\$)\s*\d[\d.,]*/gi;

/** "-R$ 80,38", "−$ 162.50", "$ 0": the sign may stand before the currency. */
export function signedAmount(text: string): number | undefined {
  const value = parseAmount(text);
  if (value === undefined) return undefined;
  return /^[^\d]*[-−]/.test(text) && value > 0 ? -value : value;
}

/** The amounts, when the rows add up to the total; undefined otherwise. */
export function addingUp(found: Map<AmountKey, number> | undefined): SaleAmounts | undefined {
  const product = found?.get('product');
  const total = found?.get('total');
  if (!found || product === undefined || total === undefined) return undefined;
  const cents = (n = 0) => Math.round(n * 100);
  const sum = ['product', 'charges', 'shipping', 'taxes'].reduce((s, k) => s + cents(found.get(k as AmountKey)), 0);
  return sum === cents(total) ? (Object.fromEntries(found) as SaleAmounts) : undefined;
}

/** The rows the page state carries; undefined when it has none. */
export function amountsFromState(pageProps: Json): Map<AmountKey, number> | undefined {
  const response = obj(pageProps.response);
  const found = new Map<AmountKey, number>();
  for (const [row, key] of Object.entries(STATE_ROWS)) {
    const subTotal = obj(response?.[row])?.subTotal;
    const value = typeof subTotal === 'string' ? signedAmount(subTotal) : undefined;
    if (value !== undefined) found.set(key, value);
  }
  return found.size ? found : undefined;
}

/**
 * The visible rows: each label with the one amount in its row (label and amount in either order);
 * 'ambiguous' when a row holds two amounts, or a label shown twice has two.
 */
export function amountsFromText(root: Element): Map<AmountKey, number> | 'ambiguous' {
  const found = new Map<AmountKey, number>();
  for (const row of labelRegions(root, LABELS, false).regions) {
    const money = [row.before, row.rest, ...row.texts].flatMap((t) => t.match(MONEY) ?? []);
    const values = [...new Set(money.map((m) => signedAmount(m.trim())))];
    if (values.length === 0) continue;
    const value = values[0];
    if (values.length > 1 || value === undefined) return 'ambiguous';
    if (found.has(row.key) && found.get(row.key) !== value) return 'ambiguous';
    found.set(row.key, value);
  }
  return found;
}
