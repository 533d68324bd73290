// The banner's words: the marketplace's sellers' language unless the seller chose the browser's,
// only the entries the banner can show, and only for the site the asking page is on.
import { describe, expect, it, vi } from 'vitest';
import type { Deps } from '../../src/background/handlers';
import { createRouter } from '../../src/background/router';
import { isBannerKey } from '../../src/i18n/banner-text';
import { LOCALES } from '../../src/i18n/locales';
import { bannerText } from '../../src/background/banner-text';
import { openStore, storageFailure } from '../../src/store/db';
import { saveSetting } from '../../src/store/settings';
import type { PageReading } from '../../src/core/types';

const CTX = { extensionId: 'sellerguardid', extensionOrigin: 'chrome-extension://sellerguardid/' };
const sender = (url: string) => ({
  id: CTX.extensionId,
  url,
  tab: { id: 7, index: 0, highlighted: true, active: true, pinned: false, incognito: false },
  frameId: 0,
});
const deps = (uiLocale = 'en'): Deps => ({
  db: () => openStore(),
  now: () => Date.UTC(2026, 10, 21, 12),
  tabs: { get: async () => undefined, set: async () => undefined },
  showBadge: async () => undefined,
  openPopup: async () => undefined,
  injectGuard: async () => undefined,
  sendToTab: async () => undefined,
  uiLocale: () => uiLocale,
});
const ask = (d: Deps, url: string, platform: string, marketplace: string) =>
  createRouter(d, CTX)({ type: 'cs/banner-text', platform, marketplace }, sender(url)) as Promise<{
    ok: boolean;
    lang?: string;
    messages?: Record<string, unknown>;
  }>;

describe('banner words', () => {
  it("speak each marketplace's sellers' language: amazon.de German, amazon.co.jp Japanese, AliExpress's centres theirs", async () => {
    const d = deps();
    expect(await ask(d, 'https://sellercentral.amazon.de/home', 'amazon', 'DE')).toMatchObject({
      ok: true,
      lang: 'de',
      messages: { 'level.near': 'Nahe am Limit' },
    });
    expect((await ask(d, 'https://sellercentral.amazon.co.jp/home', 'amazon', 'JP')).lang).toBe('ja');
    expect((await ask(d, 'https://sellercentral.amazon.com.mx/home', 'amazon', 'MX')).lang).toBe('es');
    expect((await ask(d, 'https://sellercentral.amazon.com/home', 'amazon', 'US')).lang).toBe('en');
    expect((await ask(d, 'https://csp.aliexpress.com/m_apps/x', 'aliexpress', 'GLOBAL')).lang).toBe('zh-CN');
    // The same marketplace's global seller centre is in English: so is its banner.
    expect(
      (await ask(d, 'https://gsp.aliexpress.com/m_apps/order-manage/orderList', 'aliexpress', 'GLOBAL')).lang,
    ).toBe('en');
    // Dutch Seller Central: no Dutch words yet, so English.
    expect((await ask(d, 'https://sellercentral.amazon.nl/home', 'amazon', 'NL')).lang).toBe('en');
  });
  it("or the browser's, when the seller chose so", async () => {
    const d = deps('fr');
    await saveSetting(await d.db(), 'bannerLanguage', 'browser');
    expect((await ask(d, 'https://sellercentral.amazon.de/home', 'amazon', 'DE')).lang).toBe('fr');
    expect(
      (await ask(d, 'https://gsp.aliexpress.com/m_apps/order-manage/orderList', 'aliexpress', 'GLOBAL')).lang,
    ).toBe('fr');
  });
  it('only for the site the page is on', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await ask(deps(), 'https://sellercentral.amazon.de/home', 'etsy', 'GLOBAL')).toMatchObject({ ok: false });
  });
  it('carry only what the banner can show, small enough to send with every page', () => {
    for (const locale of LOCALES) {
      const { messages } = bannerText(locale);
      expect(Object.keys(messages).every(isBannerKey)).toBe(true);
      expect(messages).toHaveProperty(['guard.headline']);
      expect(messages).not.toHaveProperty(['advice.ask']);
      expect(JSON.stringify(messages).length, locale).toBeLessThan(24_000);
    }
  });
  it('a full disk reaches the banner as such, so it can say what to do', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const d = deps();
    d.db = () => Promise.reject(storageFailure("Couldn't save", new DOMException('full', 'QuotaExceededError')));
    const reading: PageReading = {
      ok: true,
      platform: 'amazon',
      marketplace: 'US',
      page: 'account-health',
      url: 'https://sellercentral.amazon.com/performance/dashboard',
      orders: [],
      metrics: [],
    };
    expect(await createRouter(d, CTX)({ type: 'cs/page-reading', reading }, sender(reading.url))).toMatchObject({
      ok: false,
      storage: true,
      full: true,
    });
  });
});
