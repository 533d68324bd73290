// Turns catalogue messages and core's codes into sentences in one locale. Small and free of any
// browser extension API: the content script, the UIs, the background and the tests all use it.
import { isolate } from '../core/bidi';
import type { ParamValue, Said } from '../core/said';
import { PLACEHOLDER, type Message, type Messages } from './message';
import { plainDate, plainDateTime } from './plain-dates';
import { plainNumber, plainPercent, plainPlural } from './plain-numbers';

export interface Translator {
  /** BCP 47, e.g. `de`, `zh-CN`: what `lang` and `data-lang` carry. */
  locale: string;
  t(key: string, params?: Record<string, ParamValue>): string;
  say(said: Said): string;
  number(n: number): string;
  percent(n: number): string;
  date(ms: number): string;
  dateTime(ms: number): string;
  list(items: string[]): string;
}

/** `make()` once, on the first call. */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

export function createTranslator(messages: Partial<Messages>, locale: string): Translator {
  // Made on first use: each Intl constructor loads the locale's data, tens of milliseconds in a
  // new tab, and a banner that shows no date or list must not pay for the date and list formats.
  const numbers = lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
  const percents = lazy(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }));
  const dates = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }));
  const dateTimes = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
  const lists = lazy(() => new Intl.ListFormat(locale, { type: 'unit', style: 'short' }));
  const plurals = lazy(() => new Intl.PluralRules(locale));
  // A banner's small figures and its dates are written without Intl (plain-numbers.ts,
  // plain-dates.ts): the first Intl object in a new tab costs the seller's page its locale's data
  // before the banner can show.
  const number = (n: number) => plainNumber(n, locale) ?? numbers().format(n);
  const percent = (n: number) => plainPercent(n, locale) ?? percents().format(n / 100);
  const date = (ms: number) => plainDate(ms, locale) ?? dates().format(ms);
  const dateTime = (ms: number) => plainDateTime(ms, locale) ?? dateTimes().format(ms);

  const value = (v: ParamValue | undefined, format: string | undefined, whole: string): string => {
    if (v === undefined) return whole;
    if (typeof v === 'object') return say(v);
    if (typeof v === 'string') return isolate(v);
    if (format === 'percent') return percent(v);
    if (format === 'date') return date(v);
    if (format === 'datetime') return dateTime(v);
    return number(v);
  };

  const text = (message: Message, params: Record<string, ParamValue>): string => {
    if (typeof message === 'string') return message;
    const n = params[message.plural];
    const form = typeof n === 'number' ? (plainPlural(n, locale) ?? plurals().select(n)) : 'other';
    return message[form] ?? message.other;
  };

  function t(key: string, params: Record<string, ParamValue> = {}): string {
    const message = messages[key];
    // A missing entry shows its code rather than another language: visible, and never wrong.
    if (message === undefined) return `[${key}]`;
    return text(message, params).replace(PLACEHOLDER, (whole, name: string, format?: string) =>
      value(params[name], format, whole),
    );
  }

  function say(said: Said): string {
    return t(said.code, said.params);
  }

  return {
    locale,
    t,
    say,
    number,
    percent,
    date,
    dateTime,
    list: (items) => lists().format(items),
  };
}
