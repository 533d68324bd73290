// The languages Seller Guard speaks (UI, banner), as BCP 47 tags; `_locales` folders use `pt_BR`.
export const LOCALES = ['en', 'es', 'pt-BR', 'de', 'fr', 'it', 'ja', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** The best of our locales for a BCP 47 tag: exact, then by language ("es-MX" → es, "zh-TW" → zh-CN), else English. */
export function localeFor(tag: string | undefined): Locale {
  const wanted = (tag ?? '').replace('_', '-').toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0];
  return LOCALES.find((l) => l.split('-')[0]!.toLowerCase() === primary) ?? 'en';
}

/** The `_locales` folder of a locale: "pt-BR" → "pt_BR". */
export const folderOf = (locale: Locale): string => locale.replace('-', '_');
