// The banner's manners: folded to a pill that still says the level and the rate, moved by the
// seller, a layout report offered where a page could not be read, where the figure lives while
// there is none, and what cancelling the ticked orders would do.
import { describe, expect, it, vi } from 'vitest';
import { bannerTree, type BannerActions, type BannerModel } from '../../src/content/banner';
import type { Said } from '../../src/core/said';
import { bannerMessages } from '../../src/i18n/banner-text';
import { en } from '../../src/i18n/catalogue/en';
import { ja } from '../../src/i18n/catalogue/ja';
import { createTranslator } from '../../src/i18n/format';

const words = createTranslator(bannerMessages(en), 'en');
const view = {
  level: 'over' as const,
  ratePercent: 2.56,
  headline: {
    code: 'guard.headline-rate',
    params: { metric: { code: 'metric.cancellation-rate' }, rate: 2.56, limit: 2.5, days: 7 },
  },
  details: [],
};

function draw(model: Partial<BannerModel>, on: Partial<BannerActions> = {}, tr = words) {
  const root = document.createElement('div');
  const actions = { collapse: vi.fn(), move: vi.fn(), ...on };
  root.append(bannerTree({ state: { kind: 'answered', view }, collapsed: false, ...model }, tr, actions));
  return {
    root,
    actions,
    button: (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!,
  };
}

describe('the banner folded to its pill', () => {
  it('still shows the level in words and the rate, and unfolds on click', () => {
    const { root, actions } = draw({ collapsed: true });
    expect(root.querySelector('.pill')?.getAttribute('data-level')).toBe('over');
    expect(root.textContent).toBe('Seller GuardOver the limit2.56%');
    const pill = root.querySelector('button')!;
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    pill.click();
    expect(actions.collapse).toHaveBeenCalledWith(false);
  });

  it('with no figure, says so and shows no number', () => {
    const { root } = draw({ collapsed: true, state: { kind: 'failed', why: { code: 'read-failure.layout-unknown' } } });
    expect(root.textContent).toContain('No figure yet');
    expect(root.textContent).not.toMatch(/\d/);
  });

  it('unfolded: Collapse folds it, Move moves it; both are buttons with names', () => {
    const { button, actions } = draw({});
    button('Collapse').click();
    expect(actions.collapse).toHaveBeenCalledWith(true);
    expect(button('Move').getAttribute('aria-label')).toBe('Move Seller Guard to another corner of the page');
    button('Move').click();
    expect(actions.move).toHaveBeenCalled();
  });
});

describe('a page the banner could not read', () => {
  const failed = { state: { kind: 'failed' as const, why: { code: 'read-failure.rows-unreadable' } } };

  it('says why, offers a layout report, and says what is in it', () => {
    const saveReport = vi.fn();
    const { root, button } = draw(failed, { saveReport });
    expect(root.textContent).toContain('The order rows could not be read.');
    expect(root.textContent).toContain('every name, number and address in it is replaced by x and 9');
    button('Save a layout report').click();
    expect(saveReport).toHaveBeenCalled();
  });

  it('while saving, the button waits; then it says where the file went, or that it failed', () => {
    expect(draw({ ...failed, report: 'saving' }, { saveReport: vi.fn() }).button('Save a layout report').disabled).toBe(
      true,
    );
    const saved = draw(
      { ...failed, report: { ok: true, file: 'seller-guard-layout-amazon-order-list-2026-12-01.json' } },
      { saveReport: vi.fn() },
    );
    expect(saved.root.querySelector('[data-report="saved"]')?.textContent).toContain(
      'seller-guard-layout-amazon-order-list-2026-12-01.json',
    );
    const lost = draw({ ...failed, report: { ok: false } }, { saveReport: vi.fn() });
    expect(lost.root.querySelector('[data-report="failed"]')?.textContent).toContain('could not be saved');
  });
});

describe('where the figure lives', () => {
  it('one sentence, with the link where the catalogue puts it, in the banner language', () => {
    const link = { href: 'https://sellercentral.amazon.co.jp/performance/dashboard', page: 'アカウント健全性' };
    const tr = createTranslator(bannerMessages(ja), 'ja');
    const { root } = draw(
      { figureLink: link, state: { kind: 'answered', view: { ...view, level: 'unknown' } } },
      {},
      tr,
    );
    const sentence = root.querySelector('[data-figure-link]')!;
    expect(sentence.textContent).toBe(
      'Seller Guard は アカウント健全性 から数値を読み取ります。一度開くと、以後どの注文でもここに表示されます。',
    );
    expect(sentence.querySelector('a')?.getAttribute('href')).toBe(link.href);
  });
});

describe('the ticked orders', () => {
  it('are said under the figures, as core worded them', () => {
    const ticked: Said[] = [
      { code: 'ticked.over', params: { count: 2, from: 1.92, to: 3.21, limit: 2.5, counted: 5, total: 156 } },
      {
        code: 'ticked.order',
        params: {
          order: '114-3941689-8772299',
          why: { code: 'count.asked-via-platform', params: { platform: 'Amazon', reason: 'BuyerCanceled' } },
        },
      },
    ];
    const { root } = draw({ ticked });
    const lines = [...root.querySelectorAll('[data-ticked] li')].map((li) => li.textContent);
    expect(lines).toEqual([
      'Cancel the 2 ticked orders that count yourself: 1.92% → 3.21% (over 2.5% at 5 of 156)',
      "114-3941689-8772299: The buyer asked through Amazon's own request: cancelling with reason BuyerCanceled does not count.",
    ]);
  });
});
