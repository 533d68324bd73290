// The banner's corner and fold are the seller's, per site, kept in the extension's own storage and
// checked when read back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asPlace, DEFAULT_PLACE, loadPlace, nextCorner, savePlace } from '../../src/content/banner-place';

describe('banner place', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('moves clockwise through the four corners', () => {
    expect(['br', 'bl', 'tl', 'tr'].map((c) => nextCorner(c as 'br'))).toEqual(['bl', 'tl', 'tr', 'br']);
  });

  it('takes only a known corner and a boolean fold from storage', () => {
    expect(asPlace({ corner: 'tl', collapsed: true })).toEqual({ corner: 'tl', collapsed: true });
    expect(asPlace({ corner: 'middle', collapsed: 'yes' })).toEqual(DEFAULT_PLACE);
    expect(asPlace(undefined)).toEqual(DEFAULT_PLACE);
  });

  it('remembers per site: one origin’s place is not another’s', async () => {
    const stored: Record<string, unknown> = {};
    vi.stubGlobal('chrome', {
      storage: {
        local: {
          get: async (key: string) => ({ [key]: stored[key] }),
          set: async (items: Record<string, unknown>) => void Object.assign(stored, items),
        },
      },
    });
    await savePlace('https://sellercentral.amazon.de', { corner: 'tl', collapsed: true });
    expect(await loadPlace('https://sellercentral.amazon.de')).toEqual({ corner: 'tl', collapsed: true });
    expect(await loadPlace('https://sellercentral.amazon.com')).toEqual(DEFAULT_PLACE);
  });

  it('a storage that fails gives the default place, and saving never throws', async () => {
    vi.stubGlobal('chrome', {
      storage: { local: { get: () => Promise.reject(new Error('x')), set: () => Promise.reject(new Error('x')) } },
    });
    expect(await loadPlace('https://www.etsy.com')).toEqual(DEFAULT_PLACE);
    await expect(savePlace('https://www.etsy.com', DEFAULT_PLACE)).resolves.toBeUndefined();
  });
});
