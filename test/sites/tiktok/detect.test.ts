import { describe, expect, it } from 'vitest';
import { tiktokOrderIdFromUrl } from '../../../src/sites/tiktok/detect';
import { TIKTOK_PAGE_URLS } from '../../../src/sites/tiktok/page-urls';
import { ORIGINS, tiktokRegionOf } from '../../../src/sites/tiktok/regions';
import { itChecksDetectorsAllByAll } from '../ebay/detector-matrix';

const url = (s: string) => new URL(s);

describe('TikTok Shop page detectors', () => {
  itChecksDetectorsAllByAll('tiktok');

  it('every page URL is on one of the origins TikTok Shop will be granted', () => {
    for (const p of TIKTOK_PAGE_URLS) for (const u of p.urls) expect(ORIGINS[url(u).origin], u).toBeDefined();
  });
});

describe('TikTok Shop regions', () => {
  it.each([
    ['https://seller-us.tiktok.com/order', 'US', 'en-US', 'USD'],
    ['https://seller-uk.tiktok.com/order', 'UK', 'en-GB', 'GBP'],
    ['https://seller-br.tiktok.com/order', 'BR', 'pt-BR', 'BRL'],
    ['https://seller-mx.tiktok.com/order', 'MX', 'es-MX', 'MXN'],
    ['https://seller-th.tiktok.com/order', 'TH', 'th-TH', 'THB'],
    ['https://seller-vn.tiktok.com/order', 'VN', 'vi-VN', 'VND'],
    ['https://seller-my.tiktok.com/order', 'MY', 'ms-MY', 'MYR'],
    ['https://seller-ph.tiktok.com/order', 'PH', 'en-PH', 'PHP'],
    ['https://seller-sg.tiktok.com/order', 'SG', 'en-SG', 'SGD'],
    ['https://seller-id.tokopedia.com/order', 'ID', 'id-ID', 'IDR'],
    ['https://seller-id.tiktok.com/order', 'ID', 'id-ID', 'IDR'],
    ['https://seller-jp.tiktok.com/order', 'JP', 'ja-JP', 'JPY'],
  ])('%s is %s in %s, %s', (u, code, language, currency) => {
    expect(tiktokRegionOf(url(u))).toEqual({ code, language, currency });
  });

  it('the host decides the region, not the shop_region parameter', () => {
    expect(tiktokRegionOf(url('https://seller-us.tiktok.com/order?shop_region=TH'))?.code).toBe('US');
  });

  it('knows no login host, buyer site, look-alike or plain http', () => {
    for (const u of [
      'https://seller-uk-accounts.tiktok.com/',
      'https://seller.tiktok.com/',
      'https://www.tiktok.com/',
      'https://seller-us.tiktok.com.evil.example/',
      'http://seller-us.tiktok.com/',
    ])
      expect(tiktokRegionOf(url(u)), u).toBeUndefined();
  });

  it('ORIGINS lists one origin per seller centre', () => {
    expect(Object.keys(ORIGINS)).toHaveLength(12);
    expect(ORIGINS['https://seller-id.tokopedia.com']).toBe('ID');
    expect(ORIGINS['https://seller-vn.tiktok.com']).toBe('VN');
  });
});

describe('TikTok Shop id extractor', () => {
  it('reads order_no, or order_id where public code writes it', () => {
    expect(tiktokOrderIdFromUrl(url('https://seller-us.tiktok.com/order/detail?order_no=576461413038785752'))).toBe(
      '576461413038785752',
    );
    expect(tiktokOrderIdFromUrl(url('https://seller-my.tiktok.com/order/detail?order_id=577123456789012345'))).toBe(
      '577123456789012345',
    );
  });

  it('gives nothing for a malformed id or another page', () => {
    expect(tiktokOrderIdFromUrl(url('https://seller-us.tiktok.com/order/detail?order_no=5764'))).toBeUndefined();
    expect(tiktokOrderIdFromUrl(url('https://seller-us.tiktok.com/order?order_no=576461413038785752'))).toBe(undefined);
  });
});
