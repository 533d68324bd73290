// Which of our locales the browser picked for the extension's own pages and badge. The first answer
// is the `uiLocale` message (manifest-messages.ts): the bundle Chromium chose follows `--lang` and the
// browser's language, which i18n.getUILanguage() does not on Linux. But a renderer can be left with an
// empty bundle (Chromium caches "no messages" when a page closes while the process first asks for
// them), and then every getMessage in that process answers "": without the clues below, each page
// and the badge would speak English to a German or Chinese seller until the process ends.
import { LOCALES, localeFor, type Locale } from './locales';

export interface LocaleClues {
  /** The manifest's `current_locale`: the locale Chromium localized our manifest in, in the browser process. */
  manifestLocale?: string;
  /** i18n.getUILanguage(): right on Windows and macOS, en-US on Linux whatever the browser speaks. */
  uiLanguage?: string;
}

/** `message` is what getMessage('uiLocale') gave (the key itself or "" when the bundle is missing). */
export function browserLocale(message: string, clues: () => LocaleClues): Locale {
  if ((LOCALES as readonly string[]).includes(message)) return message as Locale;
  const { manifestLocale, uiLanguage } = clues();
  return localeFor(manifestLocale || uiLanguage);
}
