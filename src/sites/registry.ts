// All supported pages. The content script asks `pageTypeFor(url)`; one reader per page type,
// so one broken page type never breaks another.
import { aliexpressPages } from './aliexpress/pages';
import { aliexpressOtherUrls } from './aliexpress/detect';
import { amazonPages } from './amazon/pages';
import { amazonOtherUrls } from './amazon/detect';
import { etsyPages } from './etsy/pages';
import { etsyOtherUrls } from './etsy/detect';
import type { PageType } from './page-type';

export const PAGE_TYPES: PageType[] = [...amazonPages, ...etsyPages, ...aliexpressPages];

/** URLs on seller hosts that are no page we read. */
export const OTHER_URLS: string[] = [...amazonOtherUrls, ...etsyOtherUrls, ...aliexpressOtherUrls];

export function pageTypeFor(url: URL): PageType | undefined {
  return PAGE_TYPES.find((t) => t.detect(url));
}
