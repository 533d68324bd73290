// The banner writes its small numbers, percents, plurals and dates without Intl
// (src/i18n/plain-numbers.ts, plain-dates.ts), held to Node's Intl by the unit tests. Here they are
// held to Chromium's own Intl, in a real page, in every language we speak: the browser is what the
// seller reads them in, and its ICU may be another version than Node's.
import { buildSync } from 'esbuild';
import { LOCALES } from '../../src/i18n/locales';
import { expect, test } from './fixtures';

const plain = buildSync({
  stdin: {
    contents: "export * from './plain-numbers'; export * from './plain-dates';",
    resolveDir: 'src/i18n',
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'plain',
  write: false,
}).outputFiles[0]!.text;

test('plain numbers, percents, plurals and dates are what Chromium writes with Intl', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.addScriptTag({ content: plain });
  const differing = await page.evaluate((locales) => {
    const p = (
      globalThis as unknown as {
        plain: typeof import('../../src/i18n/plain-dates') & typeof import('../../src/i18n/plain-numbers');
      }
    ).plain;
    const out: string[] = [];
    const numbers = Array.from({ length: 20_000 }, (_, i) => i / 20).concat([1.005, 2.675, 99.995, 3.3333333333333335]);
    const days = Array.from({ length: 800 }, (_, i) => Date.UTC(2025, 0, 1, 12) + i * 86_400_000);
    const minutes = Array.from({ length: 1440 }, (_, i) => Date.UTC(2026, 11, 20) + i * 60_000);
    for (const locale of locales) {
      const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 });
      const plural = new Intl.PluralRules(locale);
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
      const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
      for (const n of numbers) {
        if (p.plainNumber(n, locale) !== number.format(n)) out.push(`${locale} number ${n}`);
        if (p.plainPercent(n, locale) !== percent.format(n / 100)) out.push(`${locale} percent ${n}`);
      }
      for (let n = 0; n < 1000; n++)
        if (p.plainPlural(n, locale) !== plural.select(n)) out.push(`${locale} plural ${n}`);
      for (const ms of days) if (p.plainDate(ms, locale) !== date.format(ms)) out.push(`${locale} date ${ms}`);
      for (const ms of minutes)
        if (p.plainDateTime(ms, locale) !== dateTime.format(ms)) out.push(`${locale} time ${ms}`);
    }
    return out.slice(0, 20);
  }, LOCALES);
  expect(differing).toEqual([]);
  await page.close();
});
