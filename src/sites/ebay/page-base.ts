// What every eBay page type shares: its platform, and its marketplace from the site it is on.
import { ebayMarketplaceOf } from './marketplaces';

export const EBAY = { platform: 'ebay' as const, marketplace: (url: URL) => ebayMarketplaceOf(url)?.code ?? 'US' };
