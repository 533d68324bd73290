import { describe, expect, it } from 'vitest';
import { lineTexts } from '../../src/sites/visible-lines';
import {
  AMBIGUOUS,
  isHiddenElement,
  OFFSCREEN,
  OFFSCREEN_WORDS,
  visibleText,
  visibleTextOf,
} from '../../src/sites/visible-text';
import { parse } from '../helpers/fixtures';

const body = (html: string) => parse(`<body>${html}</body>`).body;

describe('visible text', () => {
  it.each([
    ['<script>var x = "9%"</script>', 'script'],
    ['<style>.a::after{content:"9%"}</style>', 'style'],
    ['<template><b>9%</b></template>', 'template'],
    ['<noscript>9%</noscript>', 'noscript'],
    ['<span hidden>9%</span>', '[hidden]'],
    ['<span aria-hidden="true">9%</span>', 'aria-hidden'],
    ['<span class="a-offscreen">9%</span>', 'Amazon a-offscreen'],
    ['<span class="aok-offscreen">9%</span>', 'Amazon aok-offscreen'],
    ['<span class="a-icon-alt">(opens in a new window)</span>', 'Amazon icon alt'],
    ['<span class="sr-only">9%</span>', 'sr-only'],
    ['<span class="visually-hidden">9%</span>', 'visually-hidden'],
    ['<span class="screen-reader-text">9%</span>', 'screen-reader-text'],
    ['<span class="wt-screen-reader-only">9%</span>', 'Etsy screen-reader-only'],
    ['<div role="tooltip">9%</div>', 'role=tooltip'],
    ['<div class="a-popover-preload">9%</div>', 'Amazon popover'],
    ['<div class="next-balloon next-balloon-normal">9%</div>', 'Fusion balloon'],
    ['<div class="ui-tooltip-content">9%</div>', 'a tooltip class'],
    ['<div style="color: red; display: none">9%</div>', 'inline display:none'],
    ['<div style="visibility:hidden">9%</div>', 'inline visibility:hidden'],
  ])('leaves out %s (%s)', (html) => {
    expect(visibleText(body(`<p>1.92%${html}</p>`))).toBe('1.92%');
  });

  it('every screen-reader class holds one of the words the shortcut looks for, in the same case', () => {
    // MAY_HIDE_SELECTOR tests these words case-sensitively: a class named outside them would be read.
    const unfound = [...OFFSCREEN].filter((name) => !OFFSCREEN_WORDS.some((word) => name.includes(word)));
    expect(unfound).toEqual([]);
  });

  it('keeps what is shown, triggers of tooltips included', () => {
    expect(
      visibleText(body('<p><span class="a-popover-trigger">1.92%</span> <i class="tooltip-trigger">(i)</i></p>')),
    ).toBe('1.92% (i)');
    expect(isHiddenElement(body('<span class="a-size-base">x</span>').firstElementChild!)).toBe(false);
  });

  it('a buyer link with an icon alt inside reads as the name alone', () => {
    const root = body(
      '<div><a data-test-id="buyer-name-with-link">Margaret Holloway<i class="a-icon a-icon-external"><span class="a-icon-alt">(opens in a new window)</span></i></a></div>',
    );
    expect(visibleTextOf(root, '[data-test-id="buyer-name-with-link"]')).toBe('Margaret Holloway');
  });

  it('a hidden copy is never read; two visible copies that differ are ambiguous', () => {
    const hidden = body('<div hidden><b class="x">Wrong</b></div><b class="x">Right</b>');
    expect(visibleTextOf(hidden, '.x')).toBe('Right');
    expect(visibleTextOf(body('<b class="x">One</b><b class="x">Two</b>'), '.x')).toBe(AMBIGUOUS);
    expect(visibleTextOf(body('<b class="x">Same</b><b class="x">Same</b>'), '.x')).toBe('Same');
  });

  it('lines end where a block or <br> ends a line; inline wrappers and classes change nothing', () => {
    const html =
      '<div>Pre-fulfillment Cancel Rate<br><span>Target: under <b class="a-size-large">2.5%</b></span></div><div><span>1.92%</span></div>';
    expect(lineTexts(body(html))).toEqual(['Pre-fulfillment Cancel Rate', 'Target: under 2.5%', '1.92%']);
    expect(lineTexts(body(`<section>${html.replace(/<span>/g, '<span class="a-size-base">')}</section>`))).toEqual([
      'Pre-fulfillment Cancel Rate',
      'Target: under 2.5%',
      '1.92%',
    ]);
  });
});
