// eBay sites whose Seller Hub we read: host → marketplace code, the page's language and currency.
// Seller Hub lives on each site's own www. host (www.ebay.de/sh/ord, www.ebay.co.uk/sh/performance).
// The bare host only redirects there, so it is no origin we need access to: a redirect lands on www.

export interface EbayMarketplace {
  code: string;
  /** BCP 47: the language the site's Seller Hub is written in. */
  language: string;
  currency: string;
}

const SITES: Record<string, EbayMarketplace> = {
  'ebay.com': { code: 'US', language: 'en-US', currency: 'USD' },
  'ebay.co.uk': { code: 'UK', language: 'en-GB', currency: 'GBP' },
  'ebay.de': { code: 'DE', language: 'de-DE', currency: 'EUR' },
  'ebay.fr': { code: 'FR', language: 'fr-FR', currency: 'EUR' },
  'ebay.it': { code: 'IT', language: 'it-IT', currency: 'EUR' },
  'ebay.es': { code: 'ES', language: 'es-ES', currency: 'EUR' },
  'ebay.com.au': { code: 'AU', language: 'en-AU', currency: 'AUD' },
  // ebay.ca is English; the French-Canadian site (cafr.ebay.ca) is not covered yet.
  'ebay.ca': { code: 'CA', language: 'en-CA', currency: 'CAD' },
};

const siteOf = (hostname: string): EbayMarketplace | undefined => SITES[hostname.replace(/^www\./, '')];

/** The marketplace of a Seller Hub URL, or undefined for any host that is not one of the sites above. */
export function ebayMarketplaceOf(url: URL): EbayMarketplace | undefined {
  return url.protocol === 'https:' ? siteOf(url.hostname) : undefined;
}

/** Origin → marketplace code: the only origins eBay's pages are read on (seller-origins.ts, the manifest). */
export const ORIGINS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SITES).map(([host, m]) => [`https://www.${host}`, m.code]),
);

/** Whether an origin is one of this site's seller origins (the guard build's own check, without the other sites' tables). */
export const isEbayOrigin = (origin: string): boolean => Object.hasOwn(ORIGINS, origin);
