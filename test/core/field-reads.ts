// Which fields of a rulebook the logic reads: each rulebook is wrapped in a proxy that records the
// path of every property read (marketplace codes and array positions folded into `*`), so a test
// can list the fields present in the data that no logic ever looked at.

const fold = (path: string[], key: string) =>
  /^\d+$/.test(key) || path.at(-1) === 'marketplaces' || path.at(-1) === 'levelNames' || path.at(-1) === 'ruleOverrides'
    ? '*'
    : key;

export function tracked<T extends object>(root: T, reads: Set<string>, prefix: string): T {
  // One proxy per object and path: an object shared by two places (a window, a list of level names)
  // records each place's reads under its own path.
  const caches = new Map<string, WeakMap<object, object>>();
  const wrap = (target: object, path: string[]): object => {
    const key = path.join('.');
    const cache = caches.get(key) ?? new WeakMap<object, object>();
    caches.set(key, cache);
    const known = cache.get(target);
    if (known) return known;
    const proxy = new Proxy(target, {
      get(t, key, receiver) {
        const value = Reflect.get(t, key, receiver) as unknown;
        if (typeof key !== 'string') return value;
        const next = [...path, fold(path, key)];
        reads.add(next.join('.'));
        return value && typeof value === 'object' ? wrap(value, next) : value;
      },
    });
    cache.set(target, proxy);
    return proxy;
  };
  return wrap(root, [prefix]) as T;
}

/** Every leaf field path the data holds, folded the same way. */
export function fieldsOf(value: unknown, path: string[] = [], out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    if (value.some((v) => v && typeof v === 'object')) value.forEach((v) => fieldsOf(v, [...path, '*'], out));
    else out.add(path.join('.'));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) fieldsOf(v, [...path, fold(path, k)], out);
  } else out.add(path.join('.'));
  return out;
}
