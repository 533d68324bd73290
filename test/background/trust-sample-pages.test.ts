// What our own readers make of the bundled sample pages, the background believes: the trust rules
// and the readers agree on platforms, marketplaces, order-number formats and dates.
import { describe, expect, it } from 'vitest';
import { SAMPLE_PAGES } from '../../scripts/sample-pages';
import { trustReading } from '../../src/background/trust-reading';
import { safeRead } from '../../src/sites/page-type';
import { pageTypeFor } from '../../src/sites/registry';

const pages = SAMPLE_PAGES.filter((p) => !p.contentType && pageTypeFor(new URL(p.url)));

describe('sample pages', () => {
  it('cover every platform we read', () => {
    expect(new Set(pages.map((p) => pageTypeFor(new URL(p.url))!.platform))).toEqual(
      new Set(['amazon', 'etsy', 'aliexpress', 'ebay', 'tiktok', 'mercadolibre']),
    );
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: its reading is believed', (_, page) => {
    const url = new URL(page.url);
    const doc = new DOMParser().parseFromString(page.html(), 'text/html');
    const reading = safeRead(pageTypeFor(url)!, doc, url);
    const trust = trustReading(reading, page.url, Date.now());
    expect(trust.ok ? 'believed' : trust.error).toBe('believed');
    if (trust.ok && reading.ok) expect(trust.dropped).toEqual([]);
  });
});
