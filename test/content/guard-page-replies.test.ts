// What the in-page guard makes of the background's answer to a reading: figures, a page it could
// not keep, or a reading the background did not believe (shown as a page it could not read).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageReadingOk } from '../../src/core/types';
import type { PageType } from '../../src/sites/page-type';

const reading: PageReadingOk = {
  ok: true,
  platform: 'amazon',
  marketplace: 'US',
  page: 'order-list',
  url: location.href,
  orders: [],
  metrics: [],
};
const type: PageType = {
  platform: 'amazon',
  page: 'order-list',
  marketplace: () => 'US',
  detect: () => true,
  read: () => reading,
};

/** The banner's words, as the background sends them for the page's language. */
const WORDS = {
  ok: true,
  lang: 'en',
  messages: { 'banner.not-saved': 'Read, not kept.', 'storage.full': 'The disk is full.' },
};

async function guardWith(reply: unknown): Promise<HTMLElement> {
  const answer = async (message: { type: string }) => (message.type === 'cs/banner-text' ? WORDS : reply);
  vi.stubGlobal('chrome', { runtime: { sendMessage: answer } });
  const { guardPage } = await import('../../src/content/guard-page');
  await guardPage(() => type);
  return document.querySelector<HTMLElement>('[data-seller-guard]')!;
}

describe('the guard, on the answer to its reading', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => {
    vi.unstubAllGlobals();
    document.querySelector('[data-seller-guard]')?.remove();
  });

  it('shows the figures it gets', async () => {
    const view = { level: 'near', ratePercent: 1.92, headline: { code: 'guard.headline' }, details: [] };
    const host = await guardWith({ ok: true, view });
    expect(host.dataset).toMatchObject({ read: 'ok', level: 'near', rate: '1.92' });
  });

  it('a reading the background did not believe is a page it could not read, with no numbers', async () => {
    const host = await guardWith({ ok: false, code: 'untrusted-reading', error: 'order placed years ahead' });
    expect(host.dataset).toMatchObject({ read: 'failed', level: 'unknown' });
    expect(host.dataset.rate).toBeUndefined();
  });

  it('a page read but not kept is still read: the banner says it was not saved', async () => {
    const host = await guardWith({ ok: false, code: 'storage-full', storage: true, full: true, error: 'disk full' });
    expect(host.dataset).toMatchObject({ read: 'ok', level: 'unknown' });
    expect(host.shadowRoot!.textContent).toContain('Read, not kept. The disk is full.');
  });
});
