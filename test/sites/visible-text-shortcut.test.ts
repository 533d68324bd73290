// visibleText skips the node-by-node walk where one native query finds nothing that could hide
// (MAY_HIDE_SELECTOR). That shortcut must never change a reading: on every element of every reader
// fixture, and on hiding markup in any letter case, it gives what the walk gives.
import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS,
  isHiddenElement,
  isShown,
  MAY_HIDE_BY_TAG_OR_ATTRIBUTE,
  MAY_HIDE_SELECTOR,
  isCleanRegion,
  shownTextIn,
  visibleText,
  visibleTextOf,
} from '../../src/sites/visible-text';
import { READER_FIXTURES } from '../mutation/reader-fixtures';
import { visibleLines, type Line } from '../../src/sites/visible-lines';
import { parse } from '../helpers/fixtures';
import { seeded } from '../mutation/mutations';

/** The walk alone, as visibleText did it before the shortcut. */
function walked(node: Element): string {
  if (isHiddenElement(node)) return '';
  const parts: string[] = [];
  const collect = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1 && !isHiddenElement(c as Element)) collect(c);
    }
  };
  collect(node);
  return parts.join('').replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** visibleTextOf as it was: every match checked up to `root`, then walked. */
function walkedTextOf(root: Element, selector: string): string | typeof AMBIGUOUS | undefined {
  let found: string | undefined;
  for (const el of root.querySelectorAll(selector)) {
    if (!isShown(el, root)) continue;
    const text = walked(el);
    if (!text) continue;
    if (found !== undefined && found !== text) return AMBIGUOUS;
    found = text;
  }
  return found;
}

describe('visible text without the walk', () => {
  it.each(READER_FIXTURES.map((f) => [f.fixture, f] as const))('%s: every element reads the same', (_, f) => {
    const doc = parse(f.html());
    const elements = [...doc.body.querySelectorAll('*')];
    expect(elements.length).toBeGreaterThan(0);
    const differing = elements.filter((el) => visibleText(el) !== walked(el));
    expect(differing.map((el) => el.outerHTML.slice(0, 200))).toEqual([]);
  });

  it.each(READER_FIXTURES.map((f) => [f.fixture, f] as const))('%s: every small region finds the same', (_, f) => {
    const doc = parse(f.html());
    // Regions the size of a row or a card: whole 500-row tables would make this quadratic.
    const roots = [...doc.body.querySelectorAll('*')].filter((el) => el.getElementsByTagName('*').length <= 60);
    expect(roots.length).toBeGreaterThan(0);
    const differing = roots.flatMap((root) =>
      ['a', 'span', 'div', 'td > *', 'p, li'].filter((s) => visibleTextOf(root, s) !== walkedTextOf(root, s)),
    );
    expect(differing).toEqual([]);
  });

  it.each(READER_FIXTURES.map((f) => [f.fixture, f] as const))(
    '%s: a region read for several figures finds what each read alone finds',
    (_, f) => {
      const doc = parse(f.html());
      const roots = [...doc.body.querySelectorAll('*')].filter((el) => el.getElementsByTagName('*').length <= 60);
      const selectors = ['a', 'span', 'div', 'td > *', 'p, li', 'b'];
      const differing = roots.flatMap((root) => {
        // One region for all the selectors, in turn: what it learnt on the way must not change a later read.
        const clean = isCleanRegion(root);
        return selectors.filter((s) => {
          const alone = walkedTextOf(root, s);
          return shownTextIn(root, s, 500, clean) !== (alone === AMBIGUOUS ? undefined : alone);
        });
      });
      expect(differing).toEqual([]);
    },
  );

  it.each(READER_FIXTURES.map((f) => [f.fixture, f] as const))('%s: every region has the same lines', (_, f) => {
    const doc = parse(f.html());
    const roots = [...doc.body.querySelectorAll('*')].filter((el) => el.getElementsByTagName('*').length <= 200);
    const same = (a: Line[], b: Line[]) =>
      a.length === b.length &&
      a.every((l, i) => l.text === b[i]!.text && l.node === b[i]!.node && l.block === b[i]!.block);
    const differing = roots.filter((root) => !same(visibleLines(root), visibleLines(root, true)));
    expect(differing.map((el) => el.outerHTML.slice(0, 200))).toEqual([]);
  });

  it.each([
    '<div class="UI-Tooltip-Content">9%</div>',
    '<div class="Next-Balloon">9%</div>',
    '<span ARIA-HIDDEN="true">9%</span>',
    '<div STYLE="DISPLAY:NONE">9%</div>',
    '<div ROLE="tooltip">9%</div>',
    '<div role="Tooltip">9%</div>',
    '<div role="dialog tooltip">9%</div>',
    '<div style="width: 3px; Visibility : Collapse !important">9%</div>',
    '<div style="visibility:hidden">9%</div>',
    '<svg><text>9%</text></svg>',
    '<math><mi>9%</mi></math>',
  ])('finds what could hide in any case: %s', (html) => {
    const p = parse(`<body><div>1.92%${html}</div></body>`).body.firstElementChild!;
    expect(p.querySelector(MAY_HIDE_SELECTOR)).not.toBeNull();
    expect(visibleText(p)).toBe(walked(p));
    expect(visibleTextOf(p, '*')).toBe(walkedTextOf(p, '*'));
    // The figure inside the hiding element, read through a region: its way up is asked, not its subtree.
    const wrapped = parse(`<body><div><p>${html.replace('9%', '<b>9%</b>')}</p><b>1.92%</b></div></body>`).body
      .firstElementChild!;
    const alone = walkedTextOf(wrapped, 'b');
    expect(shownTextIn(wrapped, 'b', 500, isCleanRegion(wrapped))).toBe(alone === AMBIGUOUS ? undefined : alone);
  });

  it("Fusion's roles and widths hide nothing, and leave a row to the shortcut", () => {
    const row = parse(
      '<body><table role="row"><colgroup><col style="width: 360px;"></colgroup><tbody><tr>' +
        '<td role="gridcell" style="text-align: right;"><div style="overflow: hidden" aria-hidden="false">' +
        '<input role="checkbox" type="checkbox" aria-checked="false"><b>9%</b></div></td></tr></tbody></table></body>',
    ).body.firstElementChild!;
    expect(isCleanRegion(row)).toBe(true);
    expect(visibleText(row)).toBe(walked(row));
    expect(shownTextIn(row, 'b', 500, true)).toBe('9%');
  });

  it('whatever the walk hides, the shortcut looks at: roles, aria-hidden and inline styles of any make', () => {
    // Seeded: the same 3,000 elements on every run, made of the words isHiddenElement looks for, in
    // every case and spacing, and of the words around them in real pages.
    const random = seeded(20261203);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const words = [
      'display',
      'DISPLAY',
      'Visibility',
      'visibility',
      ':',
      ' : ',
      'none',
      'NONE',
      'hidden',
      'Hidden',
      'collapse',
      'COLLAPSE',
      ';',
      '!important',
      'width: 3px',
      'overflow: hidden',
      'flex',
      'block',
      ' ',
      '\t',
    ];
    const values = {
      // Half a declaration that may hide, made up whole; half a soup of the same words.
      style: () =>
        random() < 0.5
          ? [
              pick(['', 'width: 3px; ', 'overflow: hidden;']),
              pick(['display', 'DISPLAY', 'Visibility', 'visibility']),
              pick([':', ' : ', ':\t']),
              pick(['none', 'NONE', 'hidden', 'Hidden', 'collapse', 'COLLAPSE', 'flex', 'block']),
              pick(['', ';', ' !important', ' !important;']),
            ].join('')
          : Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(words)).join(''),
      role: () =>
        pick([
          'tooltip',
          'Tooltip',
          'TOOLTIP',
          'row',
          'gridcell',
          'dialog tooltip',
          'tooltip ',
          'tooltips',
          'checkbox',
        ]),
      'aria-hidden': () => pick(['true', 'TRUE', 'True', 'false', '', 'true ']),
    };
    const doc = parse('<body></body>');
    const missed: string[] = [];
    const hiddenBy = { role: 0, 'aria-hidden': 0, style: 0 };
    for (let i = 0; i < 3000; i++) {
      const el = doc.createElement('div');
      for (const [name, value] of Object.entries(values)) if (random() < 0.6) el.setAttribute(name, value());
      if (!isHiddenElement(el)) continue;
      // Mercado Libre's cards ask the attributes alone (their classes are tested in script).
      if (!(el.matches(MAY_HIDE_SELECTOR) && el.matches(MAY_HIDE_BY_TAG_OR_ATTRIBUTE))) missed.push(el.outerHTML);
      // What hid it, each asked alone: the test must not pass for want of hidden elements.
      for (const name of ['role', 'aria-hidden', 'style'] as const) {
        const alone = doc.createElement('div');
        alone.setAttribute(name, el.getAttribute(name) ?? '');
        if (el.hasAttribute(name) && isHiddenElement(alone)) hiddenBy[name]++;
      }
    }
    expect(missed).toEqual([]);
    for (const count of Object.values(hiddenBy)) expect(count).toBeGreaterThan(50);
  });

  it.each(['<span class="A-OFFSCREEN">9%</span>', '<span class="Visually-Hidden">9%</span>'])(
    'a screen-reader class in another case hides nothing, and reads the same either way: %s',
    (html) => {
      // Class names are case-sensitive in a page with a doctype, as the seller pages are: their CSS
      // hides only the exact names.
      const p = parse(`<body><div>1.92%${html}</div></body>`).body.firstElementChild!;
      expect(p.querySelector(MAY_HIDE_SELECTOR)).toBeNull();
      expect(visibleText(p)).toBe(walked(p));
      expect(visibleText(p)).toBe('1.92%9%');
    },
  );
});
