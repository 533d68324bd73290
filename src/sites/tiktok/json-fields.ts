// Checked access to the seller centre's JSON: page data, as untrusted as its markup. Each helper
// returns undefined for anything that is not exactly the kind of value the field holds.
import { clean } from '../dom-text';

export type Json = Record<string, unknown>;

export const obj = (x: unknown): Json | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : undefined;

export const arr = (x: unknown): unknown[] | undefined => (Array.isArray(x) ? x : undefined);

export const text = (x: unknown, max = 500): string | undefined =>
  typeof x === 'string' && x.trim() !== '' ? clean(x, max) : undefined;

/** A whole number written as a number or a digit string (the centre writes codes both ways). */
export function whole(x: unknown): number | undefined {
  const n = typeof x === 'number' ? x : typeof x === 'string' && /^\d{1,15}$/.test(x) ? Number(x) : Number.NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/** 2015-01-01 to 2100-01-01: no order of TikTok Shop's lies outside, and "0" means "not set". */
const EARLIEST_S = 1_420_070_400;
const LATEST_S = 4_102_444_800;

/** Times are epoch seconds written as strings ("1795000000"); "0" and absent mean not set. */
export function epochMs(x: unknown): number | undefined {
  const s = whole(x);
  return s !== undefined && s >= EARLIEST_S && s < LATEST_S ? s * 1000 : undefined;
}

export interface Money {
  amount: number;
  currency: string;
}

/** `{price_val: "12.50", currency: "USD", symbol: "$"}`: a plain decimal string and an ISO currency. */
export function money(x: unknown): Money | undefined {
  const m = obj(x);
  if (!m || typeof m.price_val !== 'string' || !/^\d{1,12}(?:\.\d{1,4})?$/.test(m.price_val)) return undefined;
  if (typeof m.currency !== 'string' || !/^[A-Z]{3}$/.test(m.currency)) return undefined;
  return { amount: Number(m.price_val), currency: m.currency };
}

/** The `{code, data, message}` envelope: `data` only when `code` says success (0). */
export function dataOf(body: unknown): Json | undefined {
  const root = obj(body);
  return root && root.code === 0 ? obj(root.data) : undefined;
}

/** `o` without its undefined fields: a reading says what it knows and leaves the rest out. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
