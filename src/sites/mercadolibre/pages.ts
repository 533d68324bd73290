// Every Mercado Libre page type, for the registry; each guard build imports only its own half.
import type { PageType } from '../page-type';
import { mercadoLibreReputationPages } from './reputation-pages';
import { mercadoLibreSalesPages } from './sales-pages';

export const mercadoLibrePages: PageType[] = [...mercadoLibreReputationPages, ...mercadoLibreSalesPages];
