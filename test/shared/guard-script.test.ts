import { describe, expect, it } from 'vitest';
import { guardFor } from '../../src/shared/guard-script';
import { PAGE_URLS } from '../../src/sites/page-urls';

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
});
