// Which guard build a TikTok page gets: shop health its own (the label-reading toolkit), every other
// page the orders guard; the registry holds both halves, each page type once.
import { describe, expect, it } from 'vitest';
import { guardFor } from '../../../src/shared/guard-script';
import { PAGE_URLS } from '../../../src/sites/page-urls';
import { PAGE_TYPES } from '../../../src/sites/registry';
import { tiktokHealthPages } from '../../../src/sites/tiktok/health-pages';
import { tiktokOrderPages } from '../../../src/sites/tiktok/pages';

describe('TikTok guard builds', () => {
  it('shop health gets the health guard; orders, detail and chat the orders guard', () => {
    for (const url of PAGE_URLS['tiktok/account-health']!) expect(guardFor('tiktok', url), url).toBe('tiktok-health');
    for (const kind of ['order-list', 'order-detail', 'messages'] as const)
      for (const url of PAGE_URLS[`tiktok/${kind}`]!) expect(guardFor('tiktok', url), url).toBe('tiktok');
    expect(guardFor('tiktok', 'https://seller-us.tiktok.com/account/healthy')).toBe('tiktok');
  });

  it('each build carries only its own page types, and together they are all of TikTok', () => {
    expect(tiktokOrderPages.map((t) => t.page)).toEqual(['order-list', 'order-detail', 'messages']);
    expect(tiktokHealthPages.map((t) => t.page)).toEqual(['account-health']);
    expect(PAGE_TYPES.filter((t) => t.platform === 'tiktok')).toEqual([...tiktokOrderPages, ...tiktokHealthPages]);
  });
});
