// The words of the extension's own pages (popup, options, history), from the message catalogue in
// the browser's language (the locale it picked for our `_locales`, see i18n/browser-locale.ts), or
// the one named by `?lang=`.
// Only that language's catalogue is loaded. Call loadWords() before the first render.
import type { ParamValue, Said } from '../core/said';
import type { MessageKey } from '../i18n/catalogue/en';
import { createTranslator, type Translator } from '../i18n/format';
import { loadCatalogue } from '../i18n/load';
import { LOCALES, type Locale } from '../i18n/locales';
import { i18n } from '../shared/browser';

let active: Translator | undefined;

export function pageLocale(search: string = location.search): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (asked && (LOCALES as readonly string[]).includes(asked)) return asked as Locale;
  return i18n.locale();
}

export async function loadWords(locale: Locale = pageLocale()): Promise<Translator> {
  active = createTranslator(await loadCatalogue(locale), locale);
  document.documentElement.lang = locale;
  return active;
}

/** The loaded words; a page that forgot loadWords() fails loudly rather than showing codes. */
export function words(): Translator {
  if (!active) throw new Error('loadWords() has not run');
  return active;
}

export const t = (key: MessageKey, params?: Record<string, ParamValue>): string => words().t(key, params);

export const say = (said: Said): string => words().say(said);

/** For codes built from ids (`status.${status}`): the catalogue has one entry per id. */
export const tk = (prefix: string, id: string): string => words().t(`${prefix}.${id}`);
