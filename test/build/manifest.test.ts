// The manifest's host access and match patterns are made from the one list of seller origins and
// each site's pages: every page a detector claims is covered, nothing else is asked for.
import { describe, expect, it } from 'vitest';
import { sellerManifest } from '../../build/manifest';
import { PAGE_WORLD_PATHS } from '../../src/page-world/channel';
import { MERCADOLIBRE_PAGE_WORLD_PATHS } from '../../src/page-world/mercadolibre-paths';
import { ORIGINS as MERCADOLIBRE_ORIGINS } from '../../src/sites/mercadolibre/marketplaces';
import { PAGE_URLS } from '../../src/sites/page-urls';
import { PAGE_TYPES } from '../../src/sites/registry';
import { SELLER_ORIGINS } from '../../src/sites/seller-origins';
import base from '../../manifest.json' with { type: 'json' };

const manifest = sellerManifest('1.2.3');
const [starter, pageWorld] = manifest.content_scripts;
/** The one entry that runs in frames (listed last, after each site's page-world observer). */
const frameStarter = manifest.content_scripts.find((s) => s.all_frames);
const corpus = PAGE_TYPES.flatMap((t) =>
  (PAGE_URLS[`${t.platform}/${t.page}`] ?? []).map((url) => ({
    url,
    owner: `${t.platform}/${t.page}`,
    inFrames: t.inFrames === true,
  })),
);
/** A match pattern as Chromium reads it: `*` is any run of characters. */
const matcher = (patterns: string[]) => {
  const res = patterns.map((m) => new RegExp(`^${m.replace(/[.?+]/g, '\\$&').replace(/\*/g, '.*')}$`));
  return (url: string) => res.some((re) => re.test(url));
};

describe('the generated manifest', () => {
  it('takes its version from package.json and everything else fixed from manifest.json', () => {
    expect(manifest.version).toBe('1.2.3');
    expect(manifest).toMatchObject(base);
  });

  it('every detected URL is also covered by the starter (a page that lives in frames by the frames entry)', () => {
    const covered = matcher(starter!.matches);
    const coveredInFrames = matcher(frameStarter!.matches);
    for (const { url, inFrames } of corpus) expect((inFrames ? coveredInFrames : covered)(url), url).toBe(true);
  });

  it('runs in frames only on the paths of message frames (the eBay message-buyer frame), nowhere else', () => {
    expect(starter!.all_frames).toBe(false);
    expect(pageWorld!.all_frames).toBe(false);
    expect(frameStarter).toMatchObject({
      js: ['src/content/index.iife.ts'],
      run_at: 'document_start',
      all_frames: true,
    });
    expect(frameStarter!.world).toBeUndefined();
    expect(frameStarter!.matches.length).toBeGreaterThan(0);
    for (const m of frameStarter!.matches) expect(m).toMatch(/^https:\/\/www\.ebay\.[a-z.]+\/cnt\/ViewMessage\/\*$/);
    expect(manifest.content_scripts.filter((s) => s.all_frames)).toEqual([frameStarter]);
  });

  it('host access is exactly the seller origins the content scripts run on, never <all_urls>', () => {
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
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

  it('the page-world observer runs only where the page feeds itself JSON we read: Seller Central order and performance pages, in the MAIN world', () => {
    expect(starter).toMatchObject({ js: ['src/content/index.iife.ts'], run_at: 'document_start' });
    expect(starter!.world).toBeUndefined();
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
    const covered = matcher(pageWorld!.matches);
    for (const { url, owner } of corpus) {
      if (owner === 'amazon/order-list' || owner === 'amazon/account-health') expect(covered(url), url).toBe(true);
      if (!owner.startsWith('amazon/')) expect(covered(url), url).toBe(false);
    }
  });

  it("on Mercado Libre the observer runs on the sales lists only, where the list's own bricks answer is read", () => {
    const origins = Object.keys(MERCADOLIBRE_ORIGINS);
    // Found by its hosts, not its place: each site's observer is listed in the order of observed-pages.ts.
    const mercadoLibre = manifest.content_scripts.find(
      (s) => s.world === 'MAIN' && s.matches.some((m) => origins.some((o) => m.startsWith(o))),
    )!;
    expect(mercadoLibre).toMatchObject({ js: ['src/page-world/observe-page-json.iife.ts'], world: 'MAIN' });
    expect(new Set(mercadoLibre.matches)).toEqual(
      new Set(
        Object.keys(MERCADOLIBRE_ORIGINS).flatMap((o) => MERCADOLIBRE_PAGE_WORLD_PATHS.map((path) => `${o}${path}`)),
      ),
    );
    const covered = matcher(mercadoLibre.matches);
    for (const { url, owner } of corpus) expect(covered(url), url).toBe(owner === 'mercadolibre/order-list');
  });

  it('refuses a manifest.json that lists host access or content scripts by hand', () => {
    expect(() => sellerManifest('1.0.0', { ...base, host_permissions: ['<all_urls>'] })).toThrow(
      /must not list host_permissions/,
    );
    expect(() => sellerManifest('1.0.0', { ...base, content_scripts: [] })).toThrow(/must not list content_scripts/);
  });
});
