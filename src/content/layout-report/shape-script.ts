// Inline scripts in a layout report. A page's embedded state (Etsy.Context, JSON islands) is
// structure a reader may depend on: kept as JSON with its keys and every value shaped. Any other
// script is code, and neither ours nor data: only its size and the names it assigns are noted.
import { shapeOnly, shapeText } from './shape';
import type { Vocabulary } from './vocabulary';

const KEY = /^[\w$.:@-]{1,60}$/;
/** Where pages we read keep their state in script (Etsy's shop manager). */
const STATE_NAMES = new Set(['Etsy.Context']);
const MAX_NODES = 20_000;

/** JSON with its keys as they are (when they look like code) and every string and number shaped. */
export function shapeJson(value: unknown, vocabulary: Vocabulary, budget = { left: MAX_NODES }): unknown {
  if (--budget.left < 0) return null;
  if (typeof value === 'string') return shapeText(value, vocabulary);
  if (typeof value === 'number') return Number(shapeOnly(String(value)).replace(/[^\d.eE+-]/g, '')) || 0;
  if (Array.isArray(value)) return value.map((v) => shapeJson(v, vocabulary, budget));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        KEY.test(k) ? k : shapeOnly(k),
        shapeJson(v, vocabulary, budget),
      ]),
    );
  return value;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
/** `Etsy.Context = {...};`: one assignment of an object literal that is valid JSON. */
const ASSIGNMENT = /^\s*([\w$]+(?:\.[\w$]+)*)\s*=\s*(\{[\s\S]*\})\s*;?\s*$/;

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** What stands in a report for a script element's text. */
export function shapeScript(script: Element, vocabulary: Vocabulary): string {
  if (script.hasAttribute('src')) return '';
  const text = script.textContent ?? '';
  const type = script.getAttribute('type') ?? '';
  if (JSON_TYPE.test(type)) {
    const data = parsed(text);
    if (data !== undefined) return JSON.stringify(shapeJson(data, vocabulary));
  }
  const assignment = ASSIGNMENT.exec(text);
  const data = assignment ? parsed(assignment[2]!) : undefined;
  if (assignment && data !== undefined) return `${assignment[1]} = ${JSON.stringify(shapeJson(data, vocabulary))};`;
  // The names it assigns say where a page keeps its state; only those our readers know are kept.
  const names = [...new Set([...text.matchAll(/([\w$]+(?:\.[\w$]+)+)\s*=(?!=)/g)].map((m) => m[1]!))]
    .slice(0, 10)
    .map((name) => (STATE_NAMES.has(name) ? name : shapeOnly(name)));
  return `/* script removed${names.length ? `; assigns ${names.join(', ')}` : ''} */`;
}
