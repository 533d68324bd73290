// Until a figure has been read, the banner says where the platform shows it, with a link: built
// from this page's own origin and the platform's known path, and checked to be a seller page of the
// same platform before it is shown.
import type { Platform } from '../core/types';
import type { Translator } from '../i18n/format';
import { figurePath } from '../sites/figure-pages';
import { sellerSiteOf } from '../sites/seller-origins';

/** The figure page's address on this page's host, or undefined when there is none we can vouch for. */
export function figureHref(platform: Platform, pageUrl: string): string | undefined {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const path = figurePath(platform, page.hostname);
  if (!path || page.protocol !== 'https:') return undefined;
  const href = new URL(path, page.origin);
  const same = href.origin === page.origin && !href.username && !href.password;
  return same && sellerSiteOf(href.href) === platform ? href.href : undefined;
}

export function figureLink(platform: Platform, pageUrl: string, words: Translator) {
  const href = figureHref(platform, pageUrl);
  return href ? { href, page: words.t(`banner.figure-page.${platform}`) } : undefined;
}
