import { describe, expect, it } from 'vitest';
import { guardFor, type GuardName } from '../../src/shared/guard-script';
import { ebayCancelPages } from '../../src/sites/ebay/cancel-pages';
import { ebayListPages } from '../../src/sites/ebay/list-pages';
import { ebayOrderPages } from '../../src/sites/ebay/order-pages';
import { ebayPerformancePages } from '../../src/sites/ebay/performance-pages';
import type { PageType } from '../../src/sites/page-type';
import { PAGE_URLS } from '../../src/sites/page-urls';

/** What each of eBay's guard builds carries (src/content/guards/ebay*.ts). */
const EBAY_BUILDS: Partial<Record<GuardName, PageType[]>> = {
  ebay: ebayOrderPages,
  'ebay-orders': ebayListPages,
  'ebay-cancel': ebayCancelPages,
  'ebay-performance': ebayPerformancePages,
};

describe('which guard a page gets', () => {
  it('Account Health gets the Account Health reader; every other Amazon page the orders guard; Etsy and AliExpress their own', () => {
    for (const url of PAGE_URLS['amazon/account-health']!) expect(guardFor('amazon', url), url).toBe('amazon-health');
    for (const kind of ['order-list', 'order-detail', 'cancel', 'messages'] as const)
      for (const url of PAGE_URLS[`amazon/${kind}`]!) expect(guardFor('amazon', url), url).toBe('amazon');
    expect(guardFor('etsy', 'https://www.etsy.com/your/orders/sold')).toBe('etsy');
    expect(guardFor('aliexpress', 'https://csp.aliexpress.com/apps/order/index')).toBe('aliexpress');
    expect(guardFor('amazon', 'not a url')).toBe('amazon');
  });

  it("Mercado Libre's reputation page gets its own reader; the sales list, detail and chat the sales guard", () => {
    for (const url of PAGE_URLS['mercadolibre/account-health']!)
      expect(guardFor('mercadolibre', url), url).toBe('mercadolibre-reputation');
    for (const kind of ['order-list', 'order-detail', 'messages'] as const)
      for (const url of PAGE_URLS[`mercadolibre/${kind}`]!)
        expect(guardFor('mercadolibre', url), url).toBe('mercadolibre');
    expect(guardFor('mercadolibre', 'https://www.mercadolibre.com.mx/reputacionx')).toBe('mercadolibre');
    expect(guardFor('mercadolibre', 'not a url')).toBe('mercadolibre');
  });

  it("every eBay page gets the build that carries its reader, and only that reader's page kinds", () => {
    for (const kind of ['order-list', 'order-detail', 'account-health', 'cancel', 'messages'] as const)
      for (const url of PAGE_URLS[`ebay/${kind}`]!) {
        const pages = EBAY_BUILDS[guardFor('ebay', url)]!;
        expect(pages.find((p) => p.detect(new URL(url)))?.page, url).toBe(kind);
      }
    expect(guardFor('ebay', 'https://www.ebay.com/sh/ovw')).toBe('ebay');
    expect(guardFor('ebay', 'not a url')).toBe('ebay');
  });
});
