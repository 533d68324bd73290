// Account Health, built as a guard of its own (src/shared/guard-script.ts): its label dictionaries
// are needed on no other page.
import type { PageType } from '../page-type';
import * as d from './detect';
import { readAmazonAccountHealth } from './read-account-health';

export const amazonHealthPages: PageType[] = [
  {
    platform: 'amazon',
    marketplace: d.amazonMarketplace,
    page: 'account-health',
    detect: d.isAmazonAccountHealth,
    read: (doc, url, json) => readAmazonAccountHealth(doc, url, json),
  },
];
