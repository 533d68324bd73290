// Mercado Libre countries: host → marketplace code, language, currency, and the path words the
// country's seller pages use (Brazil writes Portuguese paths, every other country Spanish ones).
// Seller pages answer on `www.` and `vendedores.` (Brazil sends www. to vendedores.; Mexico stays on
// www.): seller-dom-wave2.md §2.1, id71540329942, id58324639087.

export interface MercadoLibreMarketplace {
  code: string;
  language: string;
  currency: string;
  portuguese: boolean;
}

const es = (code: string, currency: string): MercadoLibreMarketplace => ({
  code,
  language: `es-${code}`,
  currency,
  portuguese: false,
});

/**
 * Registrable domain (without www./vendedores.) → country: the eight where Mercado Libre runs its
 * marketplace with sales, shipping and the reputation thermometer sellers are judged by (policies.md
 * §5.1 states limits for BR, MX, AR, CO, CL; UY and PE run the same seller centre; a Venezuelan seller
 * tool reads /ventas/omni/listado, id60511621062). The other ten national sites are mostly
 * classifieds: asking for access to them would widen the install prompt for pages no seller of ours
 * uses. Add a country here (and its test URLs) when its seller pages are seen.
 */
const COUNTRIES: Record<string, MercadoLibreMarketplace> = {
  'mercadolivre.com.br': { code: 'BR', language: 'pt-BR', currency: 'BRL', portuguese: true },
  'mercadolibre.com.mx': es('MX', 'MXN'),
  'mercadolibre.com.ar': es('AR', 'ARS'),
  'mercadolibre.com.co': es('CO', 'COP'),
  'mercadolibre.cl': es('CL', 'CLP'),
  'mercadolibre.com.uy': es('UY', 'UYU'),
  'mercadolibre.com.pe': es('PE', 'PEN'),
  'mercadolibre.com.ve': es('VE', 'VES'),
};

const SUBDOMAINS = ['www', 'vendedores'];

export function mercadoLibreMarketplaceOf(url: URL): MercadoLibreMarketplace | undefined {
  const m = /^(www|vendedores)\.(.+)$/.exec(url.hostname);
  return url.protocol === 'https:' && m ? COUNTRIES[m[2]!] : undefined;
}

/** Origin → marketplace code, for seller-origins.ts and the manifest once Mercado Libre is registered. */
export const ORIGINS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(COUNTRIES).flatMap(([domain, m]) => SUBDOMAINS.map((sub) => [`https://${sub}.${domain}`, m.code])),
);

/** Whether an origin is one of this site's seller origins (the guard build's own check, without the other sites' tables). */
export const isMercadoLibreOrigin = (origin: string): boolean => Object.hasOwn(ORIGINS, origin);
