// Where each platform shows the figure Seller Guard guards (Amazon Account Health, eBay's seller
// level, Mercado Libre's reputation, TikTok Shop's health), on the seller's own host; and, for the
// platforms that publish no such figure (Etsy, AliExpress), where their orders are. Each path is
// proven by that platform's own detector (test/sites/figure-pages.test.ts).
import type { Platform } from '../core/types';

export function figurePath(platform: Platform, hostname: string): string | undefined {
  switch (platform) {
    case 'amazon':
      return '/performance/dashboard';
    case 'ebay':
      return '/sh/performance';
    case 'mercadolibre':
      // Brazil's seller pages use Portuguese paths, every other country Spanish ones.
      return hostname.endsWith('mercadolivre.com.br') ? '/reputacao' : '/reputacion';
    case 'tiktok':
      // Brazil's seller centre names it health-center.
      return hostname === 'seller-br.tiktok.com' ? '/health-center' : '/account/health';
    default:
      return undefined;
  }
}

/** The sold-orders page of the platforms without a published cancellation figure. */
export const ORDERS_PATH: Partial<Record<Platform, string>> = {
  etsy: '/your/orders/sold',
  aliexpress: '/m_apps/order-manage/orderList',
};
