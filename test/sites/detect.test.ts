// Every detector accepts its own test URLs and refuses every other URL in the corpus
// (github-url-detection's all × all check), and no URL outside our pages is claimed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PAGE_WORLD_PATHS } from '../../src/page-world/channel';
import { isSellerOrigin, SELLER_ORIGINS } from '../../src/sites/seller-origins';
import { OTHER_URLS, PAGE_URLS } from '../../src/sites/page-urls';
import { PAGE_TYPES, pageTypeFor } from '../../src/sites/registry';

const urlsOf = (t: { platform: string; page: string }) =>
  PAGE_URLS[`${t.platform}/${t.page}` as keyof typeof PAGE_URLS] ?? [];

const corpus = PAGE_TYPES.flatMap((t) => urlsOf(t).map((url) => ({ url, owner: `${t.platform}/${t.page}` })));

describe('page detectors', () => {
  it('each page type has test URLs', () => {
    for (const t of PAGE_TYPES) expect(urlsOf(t).length, `${t.platform}/${t.page}`).toBeGreaterThan(0);
  });

  for (const type of PAGE_TYPES) {
    it(`${type.platform}/${type.page} accepts only its own URLs`, () => {
      for (const { url, owner } of corpus) {
        expect(type.detect(new URL(url)), `${url} (belongs to ${owner})`).toBe(
          owner === `${type.platform}/${type.page}`,
        );
      }
      for (const url of OTHER_URLS) expect(type.detect(new URL(url)), url).toBe(false);
    });
  }

  it('pageTypeFor finds exactly the owner', () => {
    for (const { url, owner } of corpus) {
      const t = pageTypeFor(new URL(url))!;
      expect(`${t.platform}/${t.page}`).toBe(owner);
    }
    for (const url of OTHER_URLS) expect(pageTypeFor(new URL(url))).toBeUndefined();
  });

  it('every detected URL is also covered by a manifest content-script match', () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
      content_scripts: { matches: string[]; world?: string }[];
    };
    // The starter's entries: the top documents', and eBay's message frame's (all_frames, that path only).
    const starter = manifest.content_scripts.filter((c) => c.world === undefined).flatMap((c) => c.matches);
    const patterns = starter.map((m) => new RegExp(`^${m.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}`));
    for (const { url } of corpus)
      expect(
        patterns.some((p) => p.test(url)),
        url,
      ).toBe(true);
  });

  it('host access is exactly the seller origins the content scripts run on, never <all_urls>', () => {
    const text = readFileSync('manifest.json', 'utf8');
    const manifest = JSON.parse(text) as {
      host_permissions: string[];
      permissions: string[];
      content_scripts: { matches: string[] }[];
    };
    expect(text).not.toContain('<all_urls>');
    // scripting: the background injects the guard after load, into the document whose starter asked.
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    const origins = new Set(
      manifest.content_scripts.flatMap((c) => c.matches).map((m) => `${new URL(m.replace('*', '')).origin}/*`),
    );
    expect(new Set(manifest.host_permissions)).toEqual(origins);
    expect(manifest.host_permissions).toHaveLength(origins.size);
    // The same list the background trusts a starter on.
    expect([...manifest.host_permissions].sort()).toEqual(SELLER_ORIGINS.map((o) => `${o}/*`).sort());
  });

  it('seller origins: https only, exact hosts, nothing that merely looks like one', () => {
    expect(isSellerOrigin('https://sellercentral.amazon.de/home')).toBe(true);
    expect(isSellerOrigin('https://sellercentral-europe.amazon.com/orders-v3')).toBe(true);
    expect(isSellerOrigin('https://www.etsy.com/your/shops/me/dashboard')).toBe(true);
    for (const url of [
      'http://sellercentral.amazon.com/',
      'https://sellercentral.amazon.com.evil.example/',
      'https://etsy.com/your/orders/sold',
      'https://aliexpress.com/',
      'not a url',
    ])
      expect(isSellerOrigin(url), url).toBe(false);
  });

  it('the page-world observer runs only where the page feeds itself JSON we read: Seller Central order and performance pages, in the MAIN world', () => {
    type Script = { matches: string[]; js: string[]; run_at: string; world?: string };
    const [isolated, pageWorld, frame] = (
      JSON.parse(readFileSync('manifest.json', 'utf8')) as { content_scripts: (Script & { all_frames?: boolean })[] }
    ).content_scripts;
    // The one entry that runs in frames: eBay's message-buyer frame, on that path alone.
    expect(frame).toMatchObject({ js: ['src/content/index.iife.ts'], run_at: 'document_start', all_frames: true });
    expect(frame!.matches.every((m) => /^https:\/\/www\.ebay\.[a-z.]+\/cnt\/ViewMessage\/\*$/.test(m))).toBe(true);
    expect(isolated!.all_frames).toBeFalsy();
    expect(isolated).toMatchObject({ js: ['src/content/index.iife.ts'], run_at: 'document_start' });
    expect(isolated!.world).toBeUndefined();
    expect(pageWorld).toMatchObject({
      js: ['src/page-world/observe-page-json.iife.ts'],
      run_at: 'document_start',
      world: 'MAIN',
    });
    // Exactly every Seller Central origin × the paths src/page-world/channel.ts names.
    const amazonOrigins = SELLER_ORIGINS.filter((o) => /sellercentral/.test(o));
    expect(new Set(pageWorld!.matches)).toEqual(
      new Set(amazonOrigins.flatMap((o) => PAGE_WORLD_PATHS.map((path) => `${o}${path}`))),
    );
    // Every Manage Orders and Account Health URL is covered; no other platform's page is.
    const patterns = pageWorld!.matches.map((m) => new RegExp(`^${m.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}`));
    for (const { url, owner } of corpus) {
      if (owner === 'amazon/order-list' || owner === 'amazon/account-health')
        expect(
          patterns.some((p) => p.test(url)),
          url,
        ).toBe(true);
      if (!owner.startsWith('amazon/'))
        expect(
          patterns.some((p) => p.test(url)),
          url,
        ).toBe(false);
    }
  });
});
