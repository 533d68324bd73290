// The banner's words for one marketplace: its sellers' language by default (amazon.de German,
// amazon.co.jp Japanese, AliExpress's Chinese seller centre Chinese, its global one English), or
// the browser's if the seller chose so in the options. Only the catalogue entries the banner can
// show are sent.
import { marketplaceRules, rulebookFor } from '../core/rulebooks';
import type { Platform } from '../core/types';
import { bannerMessages } from '../i18n/banner-text';
import { CATALOGUES } from '../i18n/catalogues';
import { localeFor, type Locale } from '../i18n/locales';
import type { BannerText } from '../messages';
import type { Settings } from '../store/settings';

/** `centreLanguage`: the language the seller centre's own origin is in, when it is not the marketplace's. */
export function bannerLocale(
  platform: Platform,
  marketplace: string,
  choice: Settings['bannerLanguage'],
  browserLocale: string,
  centreLanguage?: string,
): Locale {
  if (choice === 'browser') return localeFor(browserLocale);
  const market = marketplaceRules(rulebookFor(platform), marketplace);
  return localeFor(centreLanguage ?? market.sellerLanguage ?? market.language);
}

export function bannerText(locale: Locale): BannerText {
  return { ok: true, lang: locale, messages: bannerMessages(CATALOGUES[locale]) };
}
