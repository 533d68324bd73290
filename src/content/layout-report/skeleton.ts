// The page's skeleton as HTML: every element, id, class and data-* name where it was, open shadow
// roots as declarative ones, and every text and attribute value shaped (shape.ts). Our own banner
// and flags are left out; scripts keep their data's structure only when it is plain JSON.
import { shapeName, shapeOnly, shapeText, shapeUrl } from './shape';
import { shapeScript } from './shape-script';
import type { Vocabulary } from './vocabulary';

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const DROPPED = new Set(['style', 'link', 'noscript', 'base']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'srcset']);
const ID_ATTRIBUTES = new Set(['id', 'for', 'name', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'form']);
const BOOLEAN = new Set(['hidden', 'checked', 'disabled', 'selected', 'readonly', 'multiple', 'open', 'inert']);
/** Attributes whose values come from a short list of the page's own code words. */
const TOKENS: Record<string, RegExp> = {
  type: /^[a-z-]{1,20}(?:\/[a-z0-9.+-]{1,40})?$/,
  role: /^[a-z]+(?: [a-z]+)*$/,
  dir: /^(ltr|rtl|auto)$/,
  charset: /^[\w-]{1,20}$/,
  lang: /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8}){0,3}$/,
  target: /^_[a-z]+$/,
  tabindex: /^-?\d{1,2}$/,
  colspan: /^\d{1,3}$/,
  rowspan: /^\d{1,3}$/,
  'aria-hidden': /^(true|false)$/,
  'aria-expanded': /^(true|false)$/,
  'aria-live': /^(off|polite|assertive)$/,
};
/** Test ids are the page developers' own names, not data: kept when they look like one. */
const TEST_ID = /^data-(test-?id|test|qa|qa-id|testid|automation-id|e2e|component)$/;
const CODE_WORD = /^[a-z][a-z_-]{0,60}[a-z]$/;
const HIDING_STYLE = /(?:^|;)\s*(display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))/i;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

export interface SkeletonContext {
  vocabulary: Vocabulary;
  /** The page's URL: relative links resolve against it, and its origin is kept. */
  base: string;
  /** Elements left out (our own banner and marks). */
  skip: (el: Element) => boolean;
}

function attributeValue(el: Element, name: string, value: string, ctx: SkeletonContext): string | undefined {
  // Event handlers are code; our own marks (data-seller-guard-loaded) are not the page's.
  if (name.startsWith('on') || name.startsWith('data-seller-guard')) return undefined;
  if (BOOLEAN.has(name)) return '';
  if (name === 'class') return value.split(/\s+/).filter(Boolean).map(shapeName).join(' ');
  if (ID_ATTRIBUTES.has(name)) return value.split(/\s+/).filter(Boolean).map(shapeName).join(' ');
  if (URL_ATTRIBUTES.has(name)) return shapeUrl(value.split(/[\s,]/)[0] ?? '', ctx.base, ctx.vocabulary);
  if (name === 'style') return HIDING_STYLE.exec(value)?.[1]?.replace(/\s+/g, '');
  if (name in TOKENS) return TOKENS[name]!.test(value) ? value : shapeOnly(value);
  if (name.startsWith('data-')) {
    if (ctx.vocabulary.attributeValues.has(value) || (TEST_ID.test(name) && CODE_WORD.test(value))) return value;
    return shapeOnly(value);
  }
  return shapeText(value, ctx.vocabulary);
}

function openTag(el: Element, ctx: SkeletonContext): string {
  const tag = el.localName;
  let out = `<${tag}`;
  for (const { name, value } of el.attributes) {
    const shaped = attributeValue(el, name, value, ctx);
    if (shaped === undefined) continue;
    out += shaped === '' && BOOLEAN.has(name) ? ` ${name}` : ` ${name}="${escapeAttr(shaped)}"`;
  }
  // What the seller did to the form, which the attributes do not say (a ticked row).
  if (el instanceof HTMLInputElement && el.checked && !el.hasAttribute('checked')) out += ' checked';
  if (el instanceof HTMLOptionElement && el.selected && !el.hasAttribute('selected')) out += ' selected';
  return `${out}>`;
}

function children(node: Node, ctx: SkeletonContext, depth: number): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) out += serialize(child, ctx, depth + 1);
  return out;
}

function serialize(node: Node, ctx: SkeletonContext, depth: number): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.nodeValue ?? '';
    return text.trim() === ''
      ? text.includes('\n')
        ? '\n'
        : text
          ? ' '
          : ''
      : escapeText(shapeText(text, ctx.vocabulary));
  }
  if (node.nodeType !== Node.ELEMENT_NODE || depth > 200) return '';
  const el = node as Element;
  const tag = el.localName;
  if (DROPPED.has(tag) || ctx.skip(el)) return '';
  if (tag === 'script') return `${openTag(el, ctx)}${escapeScript(shapeScript(el, ctx.vocabulary))}</script>`;
  if (VOID.has(tag)) return openTag(el, ctx);
  const shadow = el.shadowRoot
    ? `<template shadowrootmode="open">${children(el.shadowRoot, ctx, depth)}</template>`
    : '';
  const inner = el instanceof HTMLTemplateElement ? children(el.content, ctx, depth) : children(el, ctx, depth);
  return `${openTag(el, ctx)}${shadow}${inner}</${tag}>`;
}

/** A script's text may not close its own element early. */
const escapeScript = (text: string) => text.replace(/<\/(script)/gi, '<\\/$1');

/** The whole document as a skeleton, with its doctype. */
export function skeleton(doc: Document, ctx: SkeletonContext): string {
  return `<!doctype html>\n${serialize(doc.documentElement, ctx, 0)}\n`;
}
