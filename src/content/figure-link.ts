// Until a figure has been read, the banner says where the platform shows it, with a link: built
// from this page's own origin and the platform's known path, and checked to be a seller page of the
// same platform before it is shown.
import type { Platform } from '../core/types';
import type { Translator } from '../i18n/format';
import { figurePath } from '../sites/figure-pages';

/**
 * The figure page's address on this page's host, or undefined when there is none we can vouch for.
 * `isOwnOrigin`: the platform's seller origins, as its guard build knows them (each build carries
 * only its own site's table).
 */
export function figureHref(
  platform: Platform,
  pageUrl: string,
  isOwnOrigin: (origin: string) => boolean,
): string | undefined {
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
  return same && isOwnOrigin(href.origin) ? href.href : undefined;
}

export function figureLink(
  platform: Platform,
  pageUrl: string,
  words: Translator,
  isOwnOrigin: (origin: string) => boolean,
) {
  const href = figureHref(platform, pageUrl, isOwnOrigin);
  return href ? { href, page: words.t(`banner.figure-page.${platform}`) } : undefined;
}
