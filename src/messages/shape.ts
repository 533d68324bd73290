// Yes-or-no shape checks for what the background sends a seller's page. The page only needs to know
// whether a reply is whole (it refuses anything else whole, and never says why to the seller), so it
// carries these few pure functions instead of valibot: valibot's schemas build issue reports the page
// never reads, and they cost about 3 KB gzipped of the 20 KB every seller page may get.
// Everything else (requests, imports, settings) is parsed with valibot where bundle size is no concern.

/** A check that, when it passes, tells TypeScript the value's type. */
export type Check<T> = (value: unknown) => value is T;
/** A check for an object field that may be missing (or undefined). */
export type OptionalCheck<T> = Check<T | undefined> & { readonly optional: true };
export type Checked<C> = C extends Check<infer T> ? T : never;

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalCheck<unknown> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]> } & {
    [K in OptionalKeys<S>]?: Checked<S[K]>;
  }
>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const boolean: Check<boolean> = (value): value is boolean => typeof value === 'boolean';

/** A number, never NaN; `finite` also refuses the infinities. */
export const number =
  (limits: { finite?: boolean; integer?: boolean; min?: number; max?: number } = {}): Check<number> =>
  (value): value is number =>
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    (!limits.finite || Number.isFinite(value)) &&
    (!limits.integer || Number.isInteger(value)) &&
    (limits.min === undefined || value >= limits.min) &&
    (limits.max === undefined || value <= limits.max);

/** A string of at most `max` UTF-16 units, matching `pattern` when one is given. */
export const string =
  (max: number, pattern?: RegExp): Check<string> =>
  (value): value is string =>
    typeof value === 'string' && value.length <= max && (!pattern || pattern.test(value));

export const literal =
  <const T extends string | number | boolean>(expected: T): Check<T> =>
  (value): value is T =>
    value === expected;

export const oneOf =
  <const T extends string>(values: readonly T[]): Check<T> =>
  (value): value is T =>
    values.includes(value as T);

export function optional<T>(check: Check<T>): OptionalCheck<T> {
  return Object.assign((value: unknown): value is T | undefined => value === undefined || check(value), {
    optional: true as const,
  });
}

export const union =
  <C extends Check<unknown>[]>(...checks: C): Check<Checked<C[number]>> =>
  (value): value is Checked<C[number]> =>
    checks.some((check) => check(value));

export const array =
  <T>(item: Check<T>, max: number): Check<T[]> =>
  (value): value is T[] =>
    Array.isArray(value) && value.length <= max && value.every(item);

/** An object with these fields; `strict` (the default) refuses any field the shape does not name. */
export const object =
  <S extends Shape>(shape: S, strict = true): Check<ObjectOf<S>> =>
  (value): value is ObjectOf<S> =>
    isRecord(value) &&
    (!strict || Object.keys(value).every((key) => Object.hasOwn(shape, key))) &&
    Object.entries(shape).every(([key, check]) => check(Object.hasOwn(value, key) ? value[key] : undefined));

/** A dictionary: at most `max` own keys, each passing `key`, each value passing `item`. */
export const record =
  <T>(key: Check<string>, item: Check<T>, max: number): Check<Record<string, T>> =>
  (value): value is Record<string, T> => {
    if (!isRecord(value)) return false;
    const keys = Object.keys(value);
    return keys.length <= max && keys.every((k) => key(k) && item(value[k]));
  };
