// The cancellation pages, Cancel Details and Seller Hub's list of requests: one page kind, `cancel`,
// in a guard build of its own.
import type { PageType } from '../page-type';
import { isEbayCancelDetails, isEbayCancellations } from './detect';
import { EBAY } from './page-base';
import { readEbayCancelDetails, readEbayCancellations } from './read-cancellations';

export const ebayCancelPages: PageType[] = [
  {
    ...EBAY,
    page: 'cancel',
    detect: (url) => isEbayCancelDetails(url) || isEbayCancellations(url),
    read: (doc, url) => (isEbayCancelDetails(url) ? readEbayCancelDetails(doc, url) : readEbayCancellations(doc, url)),
  },
];
