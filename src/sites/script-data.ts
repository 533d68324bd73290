// Data a page assigns in its inline scripts (Etsy's `Etsy.Context = {...}`), read as data and
// never run. Pages assign it in several ways: a plain object, `Object.assign(X || {}, {...})`,
// several assignments merged in order, `JSON.parse("...")` of a string. We follow exactly those,
// in document order, with JavaScript's meaning (a plain assignment replaces, Object.assign merges
// one level deep); any other right-hand side makes the state unreadable rather than half read.

export type StateOp = { kind: 'set' | 'merge'; values: Record<string, unknown>[] };

const IDENT = /[\w$]/;

/**
 * From just after a brace, everything up to the next brace outside strings: plain text and whole
 * string literals (escapes skipped). Stops short of the end only at a brace, or at a string that
 * never closes. (Unrolled, so a long string costs one loop of the engine, not a step per character.)
 */
const UP_TO_BRACE = /[^"{}]*(?:"[^"\\]*(?:\\[\s\S][^"\\]*)*"[^"{}]*)*/y;

/**
 * The JSON object that starts at `from` (a `{`), found by matching braces outside strings. It goes
 * from one brace to the next in one match: a page's state runs to hundreds of kilobytes (500 orders:
 * about 250 KB), and a loop over each of its characters, in code not yet warm, took 3 ms.
 */
export function sliceJsonObject(text: string, from: number): string | undefined {
  let depth = 0;
  for (let at = from; at < text.length; at = UP_TO_BRACE.lastIndex) {
    if (text[at] === '{') depth++;
    else if (text[at] !== '}') return undefined;
    else if (--depth === 0) return text.slice(from, at + 1);
    UP_TO_BRACE.lastIndex = at + 1;
    UP_TO_BRACE.test(text);
  }
  return undefined;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** A JavaScript string literal at `from` ('…' or "…"): its value and where it ends. */
export function jsString(text: string, from: number): [string, number] | undefined {
  const quote = text[from];
  if (quote !== '"' && quote !== "'") return undefined;
  let out = '';
  for (let i = from + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === quote) return [out, i + 1];
    if (c === '\n') return undefined;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = text[++i] ?? '';
    const hex = e === 'x' ? text.slice(i + 1, i + 3) : e === 'u' ? text.slice(i + 1, i + 5) : '';
    if (hex) {
      if (!/^[0-9a-f]+$/i.test(hex) || hex.length !== (e === 'x' ? 2 : 4)) return undefined;
      out += String.fromCharCode(parseInt(hex, 16));
      i += hex.length;
    } else if (e === '\n') continue;
    else out += ESCAPES[e] ?? e;
  }
  return undefined;
}

const skipSpace = (text: string, i: number) => {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
};

/** One value at `i`: an object literal in JSON, or JSON.parse of a string literal. */
function valueAt(text: string, at: number): [Record<string, unknown>, number] | undefined {
  const i = skipSpace(text, at);
  let json: string | undefined;
  let end: number;
  if (text[i] === '{') {
    json = sliceJsonObject(text, i);
    end = i + (json?.length ?? 0);
  } else if (/^JSON\.parse\s*\(/.test(text.slice(i, i + 20))) {
    const literal = jsString(text, skipSpace(text, text.indexOf('(', i) + 1));
    if (!literal) return undefined;
    json = literal[0];
    end = skipSpace(text, literal[1]);
    if (text[end] !== ')') return undefined;
    end++;
  } else return undefined;
  try {
    const value = JSON.parse(json ?? '') as unknown;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? [value as Record<string, unknown>, end]
      : undefined;
  } catch {
    return undefined;
  }
}

/** `Object.assign(first, a, b…)` at `i`: whether `first` is the target itself, and a, b… */
function assignAt(text: string, i: number, target: string): [boolean, Record<string, unknown>[], number] | undefined {
  const open = skipSpace(text, i + 'Object.assign'.length);
  if (text[open] !== '(') return undefined;
  const comma = text.indexOf(',', open);
  if (comma < 0) return undefined;
  const first = text.slice(open + 1, comma).trim();
  // `X || {}`, `window.X || {}`, `X`, `{}`: the only first arguments we know how to follow.
  const ofTarget = new RegExp(`^(?:window\\.)?${target.replace(/\./g, '\\.')}(?:\\s*\\|\\|\\s*\\{\\s*\\})?$`).test(
    first,
  );
  if (!ofTarget && !/^\{\s*\}$/.test(first)) return undefined;
  const values: Record<string, unknown>[] = [];
  let at = comma + 1;
  for (;;) {
    const value = valueAt(text, at);
    if (!value) return undefined;
    values.push(value[0]);
    at = skipSpace(text, value[1]);
    if (text[at] === ')') return [ofTarget, values, at];
    if (text[at] !== ',') return undefined;
    at++;
  }
}

/** Every change one script makes to `target` (e.g. "Etsy.Context"); 'unreadable' when one cannot be followed. */
export function stateOps(text: string, target: string): StateOp[] | 'unreadable' {
  const ops: StateOp[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const literal = jsString(text, i);
      if (!literal) return 'unreadable';
      i = literal[1] - 1;
    } else if (c === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
    else if (c === '/' && text[i + 1] === '*') i = text.indexOf('*/', i) < 0 ? text.length : text.indexOf('*/', i) + 1;
    else if (i > 0 && (IDENT.test(text[i - 1]!) || (text[i - 1] === '.' && !text.endsWith('window.', i)))) continue;
    else if (text.startsWith(target, i) && !IDENT.test(text[i + target.length] ?? '')) {
      const eq = skipSpace(text, i + target.length);
      if (text[eq] !== '=' || text[eq + 1] === '=') continue;
      const rhs = skipSpace(text, eq + 1);
      const plain = valueAt(text, rhs);
      const assign = plain
        ? undefined
        : text.startsWith('Object.assign', rhs)
          ? assignAt(text, rhs, target)
          : undefined;
      if (plain) ops.push({ kind: 'set', values: [plain[0]] });
      else if (assign) ops.push({ kind: assign[0] ? 'merge' : 'set', values: assign[1] });
      else return 'unreadable';
      // Past the value: what is inside it is data, not more assignments.
      i = (plain?.[1] ?? assign![2]) - 1;
    } else if (text.startsWith('Object.assign', i)) {
      const assign = assignAt(text, i, target);
      if (assign?.[0]) {
        ops.push({ kind: 'merge', values: assign[1] });
        i = assign[2];
      }
    }
  }
  return ops;
}

/** The state after every script's changes, in document order; undefined when never assigned or unreadable. */
export function scriptState(scripts: Iterable<string>, target: string): Record<string, unknown> | undefined {
  let state: Record<string, unknown> | undefined;
  for (const text of scripts) {
    if (!text.includes(target.split('.').pop()!)) continue;
    const ops = stateOps(text, target);
    if (ops === 'unreadable') return undefined;
    for (const op of ops)
      state = Object.assign(op.kind === 'set' ? {} : (state ?? {}), ...op.values) as Record<string, unknown>;
  }
  return state;
}
