import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Banner } from '../../src/content/banner';
import { ensureHost, removeHost, setHostAttributes } from '../../src/content/host';
import { bannerMessages } from '../../src/i18n/banner-text';
import { de } from '../../src/i18n/catalogue/de';
import { en } from '../../src/i18n/catalogue/en';
import { createTranslator } from '../../src/i18n/format';

const words = createTranslator(bannerMessages(en), 'en');

describe('in-page host element', () => {
  it('exactly one host with an open shadow root, re-attached if the page removes it', () => {
    const a = ensureHost(document);
    const b = ensureHost(document);
    expect(a.host).toBe(b.host);
    expect(document.querySelectorAll('[data-seller-guard]')).toHaveLength(1);
    expect(a.host.shadowRoot?.mode).toBe('open');
    a.host.remove();
    expect(ensureHost(document).host.isConnected).toBe(true);
    removeHost(document);
    expect(document.querySelector('[data-seller-guard]')).toBeNull();
  });

  it('sets the contract attributes and removes the ones that do not apply', () => {
    const { host } = ensureHost(document);
    setHostAttributes(host, {
      platform: 'amazon',
      page: 'order-detail',
      level: 'near',
      read: 'ok',
      rate: 1.92,
      projectedRate: 2.56,
      orderId: '114-3941689-8772232',
    });
    expect(Object.fromEntries([...host.attributes].map((a) => [a.name, a.value]))).toEqual({
      'data-seller-guard': '',
      'data-platform': 'amazon',
      'data-page': 'order-detail',
      'data-level': 'near',
      'data-read': 'ok',
      'data-rate': '1.92',
      'data-projected-rate': '2.56',
      'data-order-id': '114-3941689-8772232',
    });
    setHostAttributes(host, { platform: 'amazon', page: 'order-detail', level: 'unknown', read: 'failed' });
    expect(host.hasAttribute('data-rate')).toBe(false);
    expect(host.hasAttribute('data-projected-rate')).toBe(false);
    expect(host.getAttribute('data-read')).toBe('failed');
    removeHost(document);
  });
});

describe('banner', () => {
  const view = (over: object = {}) => ({
    level: 'near' as const,
    ratePercent: 1.92,
    headline: {
      code: 'guard.headline',
      params: { metric: { code: 'metric.cancellation-rate' }, rate: 1.92, counted: 3, total: 156, limit: 2.5, days: 7 },
    },
    details: [{ code: 'projection.over', params: { from: 1.92, to: 2.56, limit: 2.5, counted: 4, total: 156 } }],
    ...over,
  });
  it('words the view in the language it was given', () => {
    const root = document.createElement('div');
    render(<Banner state={{ kind: 'answered', view: view() }} words={words} />, root);
    expect(root.textContent).toContain('Close to the limit');
    expect(root.textContent).toContain('Cancellation rate 1.92% (3 of 156), limit 2.5% over 7 days.');
    expect(root.textContent).toContain('Cancel this order yourself: 1.92% → 2.56% (over 2.5% at 4 of 156)');
    const german = createTranslator(bannerMessages(de), 'de');
    render(<Banner state={{ kind: 'answered', view: view() }} words={german} />, root);
    expect(root.textContent).toContain('Nahe am Limit');
    expect(root.textContent).toContain('Stornorate 1,92\u00a0% (3 von 156), Limit 2,5\u00a0% in 7 Tagen.');
    expect(root.querySelector('button')?.textContent).toBe('Ausblenden');
  });
  it('renders page text as text, never as markup', () => {
    const root = document.createElement('div');
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const flag = { code: 'duplicate.flag', params: { buyer: hostile, count: 2, hours: 72 } };
    render(<Banner state={{ kind: 'answered', view: view({ details: [flag] }) }} words={words} />, root);
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
  it('the failed state says it could not read the page, and why, and shows no numbers', () => {
    const root = document.createElement('div');
    render(<Banner state={{ kind: 'failed', why: { code: 'read-failure.figures-disagree' } }} words={words} />, root);
    expect(root.textContent).toContain("couldn't read this page");
    expect(root.textContent).toContain("The page's figures disagree with each other");
    expect(root.textContent).not.toMatch(/\d%/);
  });
  it('a page read but not kept (disk full) says so, as an alert, with what to do and no numbers', () => {
    const root = document.createElement('div');
    render(<Banner state={{ kind: 'not-saved', full: true }} words={words} />, root);
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not keep it');
    expect(alert?.textContent).toContain('storage for Seller Guard is full');
    expect(root.textContent).not.toMatch(/\d%/);
  });
});
