import { describe, expect, it } from 'vitest';
import { ebayCancelIdFromUrl, ebayOrderIdFromUrl } from '../../../src/sites/ebay/detect';
import { ebayMarketplaceOf, ORIGINS } from '../../../src/sites/ebay/marketplaces';
import { EBAY_PAGE_URLS } from '../../../src/sites/ebay/page-urls';
import { itChecksDetectorsAllByAll } from './detector-matrix';

const url = (s: string) => new URL(s);

describe('eBay page detectors', () => {
  itChecksDetectorsAllByAll('ebay');

  it('every page URL is on one of the origins eBay will be granted', () => {
    for (const p of EBAY_PAGE_URLS) for (const u of p.urls) expect(ORIGINS[url(u).origin], u).toBeDefined();
  });
});

describe('eBay marketplaces', () => {
  it.each([
    ['https://www.ebay.com/sh/ord', 'US', 'en-US', 'USD'],
    ['https://ebay.com/sh/ord', 'US', 'en-US', 'USD'],
    ['https://www.ebay.co.uk/sh/ord', 'UK', 'en-GB', 'GBP'],
    ['https://www.ebay.de/sh/ord', 'DE', 'de-DE', 'EUR'],
    ['https://www.ebay.fr/sh/ord', 'FR', 'fr-FR', 'EUR'],
    ['https://www.ebay.it/sh/ord', 'IT', 'it-IT', 'EUR'],
    ['https://www.ebay.es/sh/ord', 'ES', 'es-ES', 'EUR'],
    ['https://www.ebay.com.au/sh/ord', 'AU', 'en-AU', 'AUD'],
    ['https://www.ebay.ca/sh/ord', 'CA', 'en-CA', 'CAD'],
  ])('%s is %s in %s, %s', (u, code, language, currency) => {
    expect(ebayMarketplaceOf(url(u))).toEqual({ code, language, currency });
  });

  it('knows no other host, and no plain http', () => {
    for (const u of [
      'https://www.ebay.nl/',
      'https://cafr.ebay.ca/',
      'https://ebay.com.evil.example/',
      'http://www.ebay.com/',
    ])
      expect(ebayMarketplaceOf(url(u)), u).toBeUndefined();
  });

  it("ORIGINS is each site's www. host with its code: the bare host only redirects there", () => {
    expect(ORIGINS['https://www.ebay.de']).toBe('DE');
    expect(ORIGINS['https://www.ebay.com.au']).toBe('AU');
    expect(ORIGINS['https://ebay.de']).toBeUndefined();
    expect(Object.keys(ORIGINS)).toHaveLength(8);
    for (const origin of Object.keys(ORIGINS)) expect(url(origin).origin).toBe(origin);
  });
});

describe('eBay id extractors', () => {
  it('reads the order id of an order-detail URL, in either spelling of the parameter', () => {
    expect(ebayOrderIdFromUrl(url('https://www.ebay.com/mesh/ord/details?mode=SH&orderid=12-15259-90368'))).toBe(
      '12-15259-90368',
    );
    expect(ebayOrderIdFromUrl(url('https://www.ebay.de/sh/ord/details?orderId=23-45678-90123'))).toBe('23-45678-90123');
    expect(ebayOrderIdFromUrl(url('https://www.ebay.com/sh/ord/details?orderid=362130850649-899141767023'))).toBe(
      '362130850649-899141767023',
    );
  });

  it('gives no order id where the URL is not an order detail or the id is malformed', () => {
    expect(ebayOrderIdFromUrl(url('https://www.ebay.com/sh/ord/?filter=status:ALL_ORDERS'))).toBeUndefined();
    expect(ebayOrderIdFromUrl(url('https://www.ebay.com/mesh/ord/details?orderid=12-1525-90368'))).toBeUndefined();
  });

  it('reads the cancel id of Cancel Details and of the cancellations list', () => {
    expect(ebayCancelIdFromUrl(url('https://www.ebay.com/Cancel/Details?cancelId=5456020649'))).toBe('5456020649');
    expect(ebayCancelIdFromUrl(url('https://www.ebay.com/cmr/Cancel/Details?cancelId=5456020649'))).toBe('5456020649');
    expect(ebayCancelIdFromUrl(url('https://www.ebay.com/sh/ord/cancellations?cancelId=5456020649'))).toBe(
      '5456020649',
    );
    expect(
      ebayCancelIdFromUrl(url('https://www.ebay.com/Cancel/Details?itemId=287632479257&transId=10084216687526')),
    ).toBeUndefined();
    expect(ebayCancelIdFromUrl(url('https://www.ebay.com/itm/287632479257?cancelId=5456020649'))).toBeUndefined();
  });
});
