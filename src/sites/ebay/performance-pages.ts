// The Performance page's seller-level box, with a guard build of its own: its labels and level names
// in five languages are needed on no other page.
import type { PageType } from '../page-type';
import { isEbayPerformance } from './detect';
import { EBAY } from './page-base';
import { readEbayPerformance } from './read-performance';

export const ebayPerformancePages: PageType[] = [
  { ...EBAY, page: 'account-health', detect: isEbayPerformance, read: (doc, url) => readEbayPerformance(doc, url) },
];
