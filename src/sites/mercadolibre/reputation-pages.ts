// The reputation page (read as account health), built as a guard of its own: its label
// dictionaries and state reader are needed on no other page.
import type { PageType } from '../page-type';
import { isMercadoLibreReputation } from './detect';
import { MERCADOLIBRE_PAGE } from './page-base';
import { readMercadoLibreReputation } from './read-reputation';

export const mercadoLibreReputationPages: PageType[] = [
  {
    ...MERCADOLIBRE_PAGE,
    page: 'account-health',
    detect: isMercadoLibreReputation,
    read: (doc, url) => readMercadoLibreReputation(doc, url),
  },
];
