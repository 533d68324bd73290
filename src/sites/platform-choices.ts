// The welcome page's buttons (the background sends them: ui/platform-choices): for each platform,
// the page where its figure lives (or, where it publishes none, its orders), on each of its seller
// hosts. Built from the platforms' own host tables and figure paths, so a button can only open a
// seller page of ours.
import type { Platform } from '../core/types';
import type { PlatformChoice } from '../messages/ui-replies';
import { AMAZON_MARKETPLACES } from './amazon/detect';
import { ORIGINS as EBAY_ORIGINS } from './ebay/marketplaces';
import { figurePath, ORDERS_PATH } from './figure-pages';
import { ORIGINS as MERCADOLIBRE_ORIGINS } from './mercadolibre/marketplaces';
import { ORIGINS as TIKTOK_ORIGINS } from './tiktok/regions';

/** One origin per marketplace: the www. one where a site answers on several hosts (eBay, Mercado Libre). */
function origins(table: Readonly<Record<string, string>>): [string, string][] {
  const all = Object.entries(table);
  const www = all.filter(([origin]) => origin.startsWith('https://www.'));
  return www.length ? www : all;
}

function choicesFor(platform: Platform, table: [string, string][], path: (host: string) => string | undefined) {
  return table.flatMap(([origin, code]) => {
    const host = new URL(origin).hostname;
    const where = path(host);
    return where ? [{ label: code ? `${code} · ${host}` : host, url: `${origin}${where}` }] : [];
  });
}

const amazon = Object.entries(AMAZON_MARKETPLACES).map(([host, code]): [string, string] => [`https://${host}`, code]);

export function platformChoices(): PlatformChoice[] {
  const figure = (platform: Platform) => (host: string) => figurePath(platform, host);
  const orders = (platform: Platform) => () => ORDERS_PATH[platform];
  return [
    { platform: 'amazon', kind: 'figure', choices: choicesFor('amazon', amazon, figure('amazon')) },
    { platform: 'ebay', kind: 'figure', choices: choicesFor('ebay', origins(EBAY_ORIGINS), figure('ebay')) },
    {
      platform: 'mercadolibre',
      kind: 'figure',
      choices: choicesFor('mercadolibre', origins(MERCADOLIBRE_ORIGINS), figure('mercadolibre')),
    },
    { platform: 'tiktok', kind: 'figure', choices: choicesFor('tiktok', origins(TIKTOK_ORIGINS), figure('tiktok')) },
    { platform: 'etsy', kind: 'orders', choices: choicesFor('etsy', [['https://www.etsy.com', '']], orders('etsy')) },
    {
      platform: 'aliexpress',
      kind: 'orders',
      choices: choicesFor(
        'aliexpress',
        [
          ['https://csp.aliexpress.com', ''],
          ['https://gsp.aliexpress.com', ''],
        ],
        orders('aliexpress'),
      ),
    },
  ];
}
