import { describe, expect, it } from 'vitest';
import { shownMatches } from '../../src/sites/shown-matches';
import { parse } from '../helpers/fixtures';

const ids = (els: Element[]) => els.map((el) => el.id);

describe('shownMatches: the rows of a list a seller sees', () => {
  it('keeps the rows of shown lists, in the page’s order, and names each list once', () => {
    const doc = parse(`<main>
      <div id="list-a"><p class="row" id="a1"></p><p class="row" id="a2"></p></div>
      <div id="list-b"><p class="row" id="b1"></p></div></main>`);
    const { shown, parents } = shownMatches(doc, '.row');
    expect(ids(shown)).toEqual(['a1', 'a2', 'b1']);
    expect(ids(parents)).toEqual(['list-a', 'list-b']);
  });

  it('leaves out a row that hides itself and every row of a list hidden anywhere above it', () => {
    const doc = parse(`<main>
      <div id="list"><p class="row" id="shown"></p><p class="row" hidden id="own"></p>
        <p class="row a-offscreen" id="offscreen"></p><p class="row" style="display: none" id="styled"></p></div>
      <section aria-hidden="true"><div><p class="row" id="deep"></p></div></section>
      <template><p class="row" id="template"></p></template></main>`);
    expect(ids(shownMatches(doc, '.row').shown)).toEqual(['shown']);
  });

  it('of many rows, keeps those that do not hide themselves and whose list is shown', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<p class="row${i % 7 ? '' : ' sr-only'}" id="r${i}"></p>`);
    const doc = parse(
      `<div id="list">${rows.join('')}</div><div hidden>${rows.join('').replace(/id="r/g, 'id="h')}</div>`,
    );
    const shown = shownMatches(doc, '.row').shown;
    expect(shown).toHaveLength(50 - 8);
    expect(ids(shown).every((id) => id.startsWith('r'))).toBe(true);
  });
});
