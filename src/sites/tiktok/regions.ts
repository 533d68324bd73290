// TikTok Shop seller centres: host → region code, the centre's default language and currency.
// Hosts from seller-dom.md §8, seller-dom-wave2.md §3 and public code (id8180855000 lists them;
// Indonesia moved to Tokopedia's host, the old seller-id.tiktok.com is still linked). The European
// centres (DE, ES, FR, IT, IE) are left out: only their `-accounts` login hosts were seen.

export interface TikTokRegion {
  code: string;
  /** BCP 47 default language of the centre; every centre also offers English (`lang=en`). */
  language: string;
  currency: string;
}

const HOSTS: Record<string, TikTokRegion> = {
  'seller-us.tiktok.com': { code: 'US', language: 'en-US', currency: 'USD' },
  'seller-uk.tiktok.com': { code: 'UK', language: 'en-GB', currency: 'GBP' },
  'seller-mx.tiktok.com': { code: 'MX', language: 'es-MX', currency: 'MXN' },
  'seller-br.tiktok.com': { code: 'BR', language: 'pt-BR', currency: 'BRL' },
  'seller-th.tiktok.com': { code: 'TH', language: 'th-TH', currency: 'THB' },
  'seller-vn.tiktok.com': { code: 'VN', language: 'vi-VN', currency: 'VND' },
  'seller-my.tiktok.com': { code: 'MY', language: 'ms-MY', currency: 'MYR' },
  'seller-ph.tiktok.com': { code: 'PH', language: 'en-PH', currency: 'PHP' },
  'seller-sg.tiktok.com': { code: 'SG', language: 'en-SG', currency: 'SGD' },
  'seller-id.tokopedia.com': { code: 'ID', language: 'id-ID', currency: 'IDR' },
  'seller-id.tiktok.com': { code: 'ID', language: 'id-ID', currency: 'IDR' },
  'seller-jp.tiktok.com': { code: 'JP', language: 'ja-JP', currency: 'JPY' },
};

export function tiktokRegionOf(url: URL): TikTokRegion | undefined {
  return url.protocol === 'https:' ? HOSTS[url.hostname] : undefined;
}

/** Origin → region code, for seller-origins.ts and the manifest once TikTok Shop is registered. */
export const ORIGINS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(HOSTS).map(([host, r]) => [`https://${host}`, r.code]),
);

/** Whether an origin is one of this site's seller origins (the guard build's own check, without the other sites' tables). */
export const isTiktokOrigin = (origin: string): boolean => Object.hasOwn(ORIGINS, origin);
