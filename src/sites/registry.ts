// All supported pages. The content script asks `pageTypeFor(url)`; one reader per page type,
// so one broken page type never breaks another.
import { aliexpressPages } from './aliexpress/pages';
import { amazonPages } from './amazon/pages';
import { ebayPages } from './ebay/pages';
import { etsyPages } from './etsy/pages';
import type { PageType } from './page-type';

export const PAGE_TYPES: PageType[] = [...amazonPages, ...etsyPages, ...aliexpressPages, ...ebayPages];

export function pageTypeFor(url: URL): PageType | undefined {
  return PAGE_TYPES.find((t) => t.detect(url));
}
