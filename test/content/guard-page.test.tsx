// One pass of the guard with a fake background: it asks for its words once, speaks the language it
// was given (and says so in data-lang), and words a refused page from the reader's code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bannerLocale, bannerText } from '../../src/background/banner-text';
import type { PageReading } from '../../src/core/types';
import type { PageType } from '../../src/sites/page-type';

const reading = (ok: boolean): PageReading =>
  ok
    ? { ok, platform: 'amazon', marketplace: 'DE', page: 'account-health', url: location.href, orders: [], metrics: [] }
    : {
        ok,
        platform: 'amazon',
        marketplace: 'DE',
        page: 'account-health',
        url: location.href,
        code: 'figure-missing',
        reason: 'row not found',
      };
const pageType = (ok: boolean): PageType => ({
  platform: 'amazon',
  page: 'account-health',
  detect: () => true,
  marketplace: () => 'DE',
  read: () => reading(ok),
});
const view = {
  level: 'ok',
  ratePercent: 0.5,
  headline: {
    code: 'guard.headline',
    params: { metric: { code: 'metric.cancellation-rate' }, rate: 0.5, counted: 1, total: 200, limit: 2.5, days: 7 },
  },
  details: [],
};

describe('a guard pass', () => {
  const sent: { type: string }[] = [];
  beforeEach(() => {
    sent.length = 0;
    vi.resetModules();
    document.body.innerHTML = '';
    vi.stubGlobal('chrome', {
      runtime: {
        sendMessage: async (message: { type: string }) => {
          sent.push(message);
          if (message.type === 'cs/banner-text') return bannerText(bannerLocale('amazon', 'DE', 'marketplace', 'en'));
          if (message.type === 'cs/page-reading') return { ok: true, view };
          return { ok: true };
        },
      },
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const host = () => document.querySelector('[data-seller-guard]')!;
  const banner = () => host().shadowRoot!.textContent;

  it('amazon.de: the banner speaks German and says so in data-lang; its words are asked once', async () => {
    const { guardPage } = await import('../../src/content/guard-page');
    await guardPage(() => pageType(true));
    expect(host().getAttribute('data-lang')).toBe('de');
    expect(host().getAttribute('data-read')).toBe('ok');
    expect(banner()).toContain('Stornorate 0,5\u00a0% (1 von 200)');
    document.body.append(document.createElement('p'));
    await guardPage(() => pageType(false));
    expect(sent.filter((m) => m.type === 'cs/banner-text')).toHaveLength(1);
  });
  it('a list with nothing ticked: the answer is drawn once, after the one "reading" banner', async () => {
    const { guardPage } = await import('../../src/content/guard-page');
    const list: PageType = { ...pageType(true), page: 'order-list', ticked: () => [] };
    const drawn: string[] = [];
    const replace = vi.spyOn(Element.prototype, 'replaceChildren');
    replace.mockImplementation(function (this: Element, ...nodes: (Node | string)[]) {
      drawn.push(nodes.map((n) => (typeof n === 'string' ? n : n.textContent)).join(''));
      this.textContent = '';
      this.append(...nodes);
    });
    await guardPage(() => list);
    replace.mockRestore();
    // The tick check finding nothing ticked is no change of the banner: drawing it again would redo
    // the work, and a screen reader would hear the "reading" line twice.
    expect(drawn).toHaveLength(2);
    expect(drawn[1]).toContain('Stornorate 0,5\u00a0% (1 von 200)');
  });
  it('a page the reader refused: no numbers, and why, in the banner language', async () => {
    const { guardPage } = await import('../../src/content/guard-page');
    await guardPage(() => pageType(false));
    expect(host().getAttribute('data-read')).toBe('failed');
    expect(host().hasAttribute('data-rate')).toBe(false);
    expect(banner()).toContain('Seller Guard konnte diese Seite nicht lesen');
    expect(banner()).toContain('Die Kennzahl, die Seller Guard sucht, steht nicht auf dieser Seite.');
  });
});
