// The starter (index.iife.ts, from document_start) and the guard (run-guard.ts, injected after load)
// are two scripts in one isolated world: they share its global object, which the page's own
// scripts cannot see. The page's JSON, collected before the guard exists, is handed over there.
import { PageJsonLog, type PageJson } from '../sites/page-json';

const KEY = Symbol.for('seller-guard.page-json');

type Holder = { [KEY]?: PageJson };

/** The starter's side: the log it fills (one per document, whichever script asks first). */
export function startPageJsonLog(global: object = globalThis): PageJsonLog {
  const holder = global as Holder;
  return (holder[KEY] ??= new PageJsonLog()) as PageJsonLog;
}

const NOTHING_SEEN: PageJson = { latest: () => undefined };

/** The guard's side: what the starter collected, or nothing (readers then use the markup alone). */
export function pageJsonFromStarter(global: object = globalThis): PageJson {
  const log = (global as Holder)[KEY];
  return log && typeof log.latest === 'function' ? log : NOTHING_SEEN;
}
