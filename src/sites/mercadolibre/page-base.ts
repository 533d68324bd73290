// What every Mercado Libre page type shares: its platform, and its country from the host.
import { mercadoLibreMarketplaceOf } from './marketplaces';

export const MERCADOLIBRE_PAGE = {
  platform: 'mercadolibre' as const,
  // Every detector accepts only the hosts marketplaces.ts knows, so a page type always has its country.
  marketplace: (url: URL) => mercadoLibreMarketplaceOf(url)?.code ?? 'MX',
};
