// The state Mercado Libre's server-rendered seller pages (the Nordic framework) embed in
// `script#__NORDIC_RENDERING_CTX__` as `_n.ctx.r={...}`, followed by code that is not JSON
// (`new Set([...])`). We cut the object out by matching its braces and parse it as JSON: it is never
// run (id71540329942, id71235397529 `SHC.mlExtraiEstado`). Data sits at `appProps.pageProps`.
import { sliceJsonObject } from '../script-data';

/** The script that carries the state (one per page). */
export const NORDIC_SCRIPT = 'script#__NORDIC_RENDERING_CTX__';

const ASSIGNMENT = /_n\.ctx\.r\s*=\s*\{/;

export type Json = Record<string, unknown>;

export const obj = (x: unknown): Json | undefined =>
  typeof x === 'object' && x !== null && !Array.isArray(x) ? (x as Json) : undefined;

/**
 * `appProps.pageProps` of the page's state: undefined when the page carries no state script,
 * 'invalid' when it carries one we cannot cut out or parse (a page we do not know).
 */
export function nordicPageProps(doc: Document): Json | 'invalid' | undefined {
  const script = doc.querySelector(NORDIC_SCRIPT);
  if (!script) return undefined;
  const text = script.textContent ?? '';
  const at = ASSIGNMENT.exec(text);
  if (!at) return 'invalid';
  const json = sliceJsonObject(text, at.index + at[0].length - 1);
  if (!json) return 'invalid';
  try {
    return obj(obj(obj(JSON.parse(json))?.appProps)?.pageProps) ?? 'invalid';
  } catch {
    return 'invalid';
  }
}
