// Order numbers in each platform's format, marketplaces each rulebook knows, dates that can be true.
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/core/types';
import { EARLIEST, isMarketplace, isOrderId, isPast, isPromise } from '../../src/messages/plausibility';
import { PAGE_URLS } from '../../src/sites/page-urls';
import { amazonOrderIdFromUrl } from '../../src/sites/amazon/detect';
import { etsyOrderIdFromUrl } from '../../src/sites/etsy/detect';

const NOW = Date.UTC(2026, 10, 21, 12);
const DAY = 86_400_000;

describe('order numbers', () => {
  it('accepts the ids in the URLs our detectors are proven on', () => {
    for (const url of [...PAGE_URLS['amazon/order-detail']!, ...PAGE_URLS['amazon/cancel']!])
      expect(isOrderId('amazon', amazonOrderIdFromUrl(new URL(url))!), url).toBe(true);
    for (const url of PAGE_URLS['etsy/order-detail']!)
      expect(isOrderId('etsy', etsyOrderIdFromUrl(new URL(url))!), url).toBe(true);
    for (const url of PAGE_URLS['aliexpress/order-detail']!)
      expect(isOrderId('aliexpress', new URL(url).searchParams.get('orderId')!), url).toBe(true);
  });

  it.each([
    ['amazon', '114-3941689-8772232', ['1143941689 8772232', '114-3941689-877223', '3456789012']],
    ['etsy', '3456789012', ['114-3941689-8772232', 'abc', '12']],
    ['aliexpress', '3031265788145237', ['3031-2657', '']],
    ['ebay', '12-34567-89012', ['12-3456-789', '1234567890']],
    ['mercadolibre', '2000003508419013', ['MLB-2000', '12']],
    ['tiktok', '576460752303423488', ['5764607', '57646075230342348a']],
  ] as const)('%s: %s, and nothing like %j', (platform, good, bad) => {
    expect(isOrderId(platform, good)).toBe(true);
    for (const id of bad) expect(isOrderId(platform, id), id).toBe(false);
  });
});

describe('marketplaces', () => {
  it('are the codes of the platform rulebook', () => {
    expect(isMarketplace('amazon', 'DE')).toBe(true);
    expect(isMarketplace('amazon', 'GLOBAL')).toBe(false);
    expect(isMarketplace('etsy', 'GLOBAL')).toBe(true);
    expect(isMarketplace('mercadolibre', 'BR')).toBe(true);
    // Not an inherited property of a plain object either.
    for (const platform of PLATFORMS) expect(isMarketplace(platform, 'constructor')).toBe(false);
  });
});

describe('dates', () => {
  it('a past moment lies between 2000 and a day from now', () => {
    expect(isPast(EARLIEST, NOW)).toBe(true);
    expect(isPast(EARLIEST - 1, NOW)).toBe(false);
    expect(isPast(NOW + DAY, NOW)).toBe(true);
    expect(isPast(NOW + DAY + 1, NOW)).toBe(false);
  });

  it('a promised date lies between 2000 and a year from now', () => {
    expect(isPromise(NOW + 300 * DAY, NOW)).toBe(true);
    expect(isPromise(NOW + 400 * DAY, NOW)).toBe(false);
    expect(isPromise(EARLIEST - 1, NOW)).toBe(false);
  });
});
