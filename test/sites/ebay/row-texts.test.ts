// A row's hook texts: a leaf nothing marks as possibly hidden is read from its own text, everything
// else by visibleText; both must say what visibleText says, hidden or not.
import { describe, expect, it } from 'vitest';
import { textIn, textsIn } from '../../../src/sites/ebay/row-texts';
import { visibleText } from '../../../src/sites/visible-text';
import { parse } from '../../helpers/fixtures';

const CELLS = [
  '<a href="/x">  Buyer\n  one </a>',
  '<span class="sr-only">hidden copy</span>',
  '<span class="SR-ONLY">hidden copy</span>',
  '<span aria-hidden="true">icon</span>',
  '<span hidden>later</span>',
  '<span style="display: none">none</span>',
  '<span role="tooltip">tip</span>',
  '<span class="tooltip-trigger">Shown trigger</span>',
  '<span>Name <b>bold</b><span class="sr-only">x</span></span>',
  '<script>1</script>',
  '<span></span>',
  `<span>${'long '.repeat(40)}</span>`,
];

describe("a row's hook texts", () => {
  it('say what visibleText says, for leaves and others, hidden or not', () => {
    const doc = parse(`<table><tr>${CELLS.map((c) => `<td>${c}</td>`).join('')}</tr></table>`);
    for (const td of doc.querySelectorAll('td')) {
      const el = td.firstElementChild!;
      for (const max of [64, 500]) expect(textIn(el, max), el.outerHTML).toBe(visibleText(el, max));
    }
  });

  it('copies that disagree are narrowed to the ones the seller sees', () => {
    const row = parse(
      '<table><tr><td><span class="t">Lamp</span><div class="visually-hidden"><span class="t">Old lamp</span></div></td></tr></table>',
    ).querySelector('tr')!;
    expect([...textsIn(row, [...row.querySelectorAll('.t')])]).toEqual(['Lamp']);
  });
});
