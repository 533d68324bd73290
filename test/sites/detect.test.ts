// Every detector accepts its own test URLs and refuses every other URL in the corpus
// (github-url-detection's all × all check), and no URL outside our pages is claimed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { OTHER_URLS, PAGE_TYPES, pageTypeFor } from '../../src/sites/registry';

const corpus = PAGE_TYPES.flatMap((t) => t.urls.map((url) => ({ url, owner: `${t.platform}/${t.page}` })));

describe('page detectors', () => {
  it('each page type has test URLs', () => {
    for (const t of PAGE_TYPES) expect(t.urls.length, `${t.platform}/${t.page}`).toBeGreaterThan(0);
  });

  for (const type of PAGE_TYPES) {
    it(`${type.platform}/${type.page} accepts only its own URLs`, () => {
      for (const { url, owner } of corpus) {
        expect(type.detect(new URL(url)), `${url} (belongs to ${owner})`).toBe(owner === `${type.platform}/${type.page}`);
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
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as { content_scripts: { matches: string[] }[] };
    const patterns = manifest.content_scripts.flatMap((c) => c.matches).map((m) => new RegExp(`^${m.replace(/[.?]/g, '\\$&').replace(/\*/g, '.*')}`));
    for (const { url } of corpus) expect(patterns.some((p) => p.test(url)), url).toBe(true);
  });

  it('the manifest asks for no host permissions and never <all_urls>', () => {
    const text = readFileSync('manifest.json', 'utf8');
    expect(text).not.toContain('<all_urls>');
    expect(JSON.parse(text).host_permissions).toBeUndefined();
    expect(JSON.parse(text).permissions).toEqual(['storage']);
  });
});
