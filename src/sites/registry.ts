// All supported pages. The content script asks `pageTypeFor(url)`; one reader per page type,
// so one broken page type never breaks another.
import { aliexpressPages } from './aliexpress/pages';
import { amazonPages } from './amazon/pages';
import { ebayPages } from './ebay/pages';
import { etsyPages } from './etsy/pages';
import { mercadoLibrePages } from './mercadolibre/pages';
import type { PageType } from './page-type';
import { tiktokHealthPages } from './tiktok/health-pages';
import { tiktokOrderPages } from './tiktok/pages';

export const PAGE_TYPES: PageType[] = [
  ...amazonPages,
  ...etsyPages,
  ...aliexpressPages,
  ...ebayPages,
  ...tiktokOrderPages,
  ...tiktokHealthPages,
  ...mercadoLibrePages,
];

export function pageTypeFor(url: URL): PageType | undefined {
  return PAGE_TYPES.find((t) => t.detect(url));
}
