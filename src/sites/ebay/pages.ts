// Every eBay Seller Hub page type, for the registry; each guard build imports only its own part
// (src/shared/guard-script.ts), so every page stays within its content-script budget.
import type { PageType } from '../page-type';
import { ebayCancelPages } from './cancel-pages';
import { ebayListPages } from './list-pages';
import { ebayOrderPages } from './order-pages';
import { ebayPerformancePages } from './performance-pages';

export const ebayPages: PageType[] = [...ebayListPages, ...ebayOrderPages, ...ebayCancelPages, ...ebayPerformancePages];
