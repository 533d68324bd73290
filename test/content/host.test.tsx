import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Banner } from '../../src/content/banner';
import { ensureHost, removeHost, setHostAttributes } from '../../src/content/host';

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
  it('renders page text as text, never as markup', () => {
    const root = document.createElement('div');
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    render(
      <Banner state={{ kind: 'answered', view: { level: 'over', headline: hostile, details: [hostile] } }} />,
      root,
    );
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
  it('the failed state says it could not read the page and shows no numbers', () => {
    const root = document.createElement('div');
    render(<Banner state={{ kind: 'failed' }} />, root);
    expect(root.textContent).toContain("couldn't read this page");
    expect(root.textContent).not.toMatch(/\d%/);
  });
  it('a page read but not kept (disk full) says so, as an alert, with what to do and no numbers', () => {
    const root = document.createElement('div');
    render(
      <Banner
        state={{
          kind: 'not-saved',
          message: "Couldn't save what was read on this page: this computer's storage for Seller Guard is full.",
        }}
      />,
      root,
    );
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('could not keep it');
    expect(alert?.textContent).toContain('storage for Seller Guard is full');
    expect(root.textContent).not.toMatch(/\d%/);
  });
});
