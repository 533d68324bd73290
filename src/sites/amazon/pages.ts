// Every Amazon page type, for the registry; each guard build imports only its own half.
import type { PageType } from '../page-type';
import { amazonHealthPages } from './health-pages';
import { amazonOrderPages } from './order-pages';

export const amazonPages: PageType[] = [...amazonOrderPages, ...amazonHealthPages];
