// Meaning-preserving changes to a page, as the outside mutation run made them (issue #11): what a
// seller sees stays the same; only markup a reader must not depend on moves. Every operator works
// on a parsed Document, picks its target with the seeded generator, and says what it did.

import { DOMParser as LinkeDOMParser } from 'linkedom';

export type Random = () => number;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const seedOf = (text: string): number =>
  [...text].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5);

const pick = <T>(random: Random, items: readonly T[]): T | undefined =>
  items.length ? items[Math.floor(random() * items.length)] : undefined;

/** What the operators may touch, worked out once per variant. */
export interface Targets {
  doc: Document;
  /** Elements with text of their own (labels, figures, names, statuses). */
  texts: Element[];
  /** Those whose own text is a figure (FIGURE: rates, dates, counts, ids, prices). */
  figures: Element[];
  /** Those whose own text is a label (the entry's labels, or "Something:"). */
  labels: Element[];
}

const OWN_TEXT = (el: Element) =>
  [...el.childNodes]
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue)
    .join('')
    .trim();
const SKIP = new Set(['HTML', 'HEAD', 'BODY', 'SCRIPT', 'STYLE', 'TEMPLATE', 'TITLE', 'META']);

export function targetsOf(doc: Document, labels: readonly string[]): Targets {
  const known = new Set(labels.map((l) => l.toLowerCase()));
  const targets: Targets = { doc, texts: [], figures: [], labels: [] };
  for (const el of doc.body.querySelectorAll('*')) {
    if (SKIP.has(el.tagName)) continue;
    const own = OWN_TEXT(el);
    if (!own) continue;
    targets.texts.push(el);
    // Inside a link is a name or a title, however many digits it has.
    if (FIGURE.test(own) && !el.parentElement?.closest('a')) targets.figures.push(el);
    if (known.has(own.toLowerCase()) || /^[^\d]{2,40}[:：]$/.test(own)) targets.labels.push(el);
  }
  return targets;
}

/**
 * What a page prints as a figure: a percentage, money, a date, "N of M", a window, a labelled
 * number, a bare number or id. A buyer's address or a product title is not one, and a page does
 * not put its own notes inside those.
 */
const FIGURE =
  /%|[$€£¥￥]\s?\d|\d\s?€|\d\s*(?:of|von|sur|su|de|件中)\s*\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[/年-]\d{1,2}|\d\s*(?:days?|Tage|日)|^[\d\s.,:#-]+$|[:：]\s*[$€£¥￥]?\d|\d{1,2},?\s\d{4}/;

/** Table parts cannot take a wrapper without leaving the table; everything else can. */
const TABLE_PARTS = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'COLGROUP', 'COL', 'OPTION']);

const UTILITY_CLASSES = [
  'a-size-base',
  'a-size-large',
  'a-size-small',
  'a-text-bold',
  'a-color-secondary',
  'a-spacing-none',
  'a-spacing-top-small',
  'a-popover-trigger',
  'a-declarative',
  'aok-inline-block',
  'next-table-cell',
  'wt-text-body-01',
  'wt-mb-xs-1',
  'tooltip-trigger',
];

/** Attributes that change how a page is laid out or announced, never what a seller sees of it. */
const PRESENTATION: readonly (readonly [string, string])[] = [
  ['role', 'row'],
  ['role', 'gridcell'],
  ['role', 'presentation'],
  ['aria-hidden', 'false'],
  ['style', 'width: 120px;'],
  ['style', 'text-align: right;'],
  ['style', 'overflow: hidden; white-space: nowrap'],
  ['data-next-table-col', '2'],
];

/** Words with numbers a real page puts near its figures: targets, freshness, windows of other things. */
const EXTRA_TEXT = [
  'Target: under 2.5%',
  'Ziel: unter 2,5 %',
  'updated 3 hours ago',
  'Last updated: 2 hours ago',
  '98% on time',
  'Orders in the last 30 days: 4',
  'Rank 2 of 5',
  '30 days ago',
  '目標: 2.5%未満',
  '(i)',
];

/** Text no seller sees: screen-reader copies, icon alt text, tooltips, popovers, hidden and template text. */
const HIDDEN_HTML = [
  '<span class="a-offscreen">9.99%</span>',
  '<span class="a-icon-alt">(opens in a new window)</span>',
  '<div role="tooltip">Orders shipped within 2 days</div>',
  '<div class="next-balloon next-balloon-normal">Orders shipped within 2 days</div>',
  '<div class="a-popover-preload"><div>Target: under 2.5%</div><div>5.00%</div></div>',
  '<div hidden>Target: under 2.5%</div>',
  '<span aria-hidden="true">7.50%</span>',
  '<div style="display: none">3 of 9 orders</div>',
  '<span class="sr-only">Status: Shipped</span>',
  '<span class="aok-offscreen">Canceled</span>',
  '<template><div>1.00%</div></template>',
  '<noscript>Please enable JavaScript: 0.00%</noscript>',
  '<div class="ui-tooltip-content">Completed 100%</div>',
];

const SCRIPTS = [
  '<script>window.ue_t0 = 1700000000; var rate = "9.99%"; var status = "Shipped";</script>',
  '<script type="application/json">{"rate":"4.20%","status":"Canceled"}</script>',
  '<style>.a-size-large::after { content: "5%"; }</style>',
  '<script>Etsy.Analytics = Object.assign(Etsy.Analytics || {}, {"page": "orders"});</script>',
];

function fragment(doc: Document, html: string): Node {
  // A <body> first keeps a leading <script> in the body, where the operator puts it.
  const parsed = new LinkeDOMParser().parseFromString(`<html><body>${html}</body></html>`, 'text/html');
  return doc.importNode(parsed.body.firstChild as unknown as Node, true);
}

type Operator = (t: Targets, random: Random) => string | undefined;

export const OPERATORS: Record<string, Operator> = {
  wrapper(t, random) {
    const el = pick(
      random,
      t.texts.filter((e) => !TABLE_PARTS.has(e.tagName)),
    );
    if (!el?.parentNode) return undefined;
    const wrapper = t.doc.createElement(pick(random, ['div', 'span', 'section'])!);
    el.parentNode.insertBefore(wrapper, el);
    wrapper.append(el);
    return `wrapped <${el.tagName.toLowerCase()}> in <${wrapper.tagName.toLowerCase()}>`;
  },
  'utility class'(t, random) {
    const el = pick(random, random() < 0.5 && t.labels.length ? t.labels : t.texts);
    const name = pick(random, UTILITY_CLASSES)!;
    el?.classList.add(name);
    return el && `class ${name} on <${el.tagName.toLowerCase()}>`;
  },
  'extra text'(t, random) {
    const el = pick(random, t.figures.length ? t.figures : t.texts);
    if (!el?.parentNode) return undefined;
    const extra = t.doc.createElement(pick(random, ['span', 'div'])!);
    extra.textContent = pick(random, EXTRA_TEXT)!;
    // Markup has white space between neighbours; a table cell takes the text inside it.
    const before = random() < 0.5;
    const [parent, at] = TABLE_PARTS.has(el.tagName)
      ? [el, before ? el.firstChild : null]
      : [el.parentNode, before ? el : el.nextSibling];
    parent.insertBefore(extra, at);
    parent.insertBefore(t.doc.createTextNode(' '), before ? at : extra);
    return `"${extra.textContent}" beside <${el.tagName.toLowerCase()}>`;
  },
  'hidden text'(t, random) {
    const el = pick(random, t.texts);
    if (!el) return undefined;
    const html = pick(random, HIDDEN_HTML)!;
    const node = fragment(t.doc, html);
    if (random() < 0.5) el.prepend(node);
    else el.append(node);
    return `${html} in <${el.tagName.toLowerCase()}>`;
  },
  'inline script'(t, random) {
    const el = pick(random, [t.doc.body, ...t.texts])!;
    const html = pick(random, SCRIPTS)!;
    el.insertBefore(fragment(t.doc, html), random() < 0.5 ? el.firstChild : null);
    return `${html.slice(0, 30)}… in <${el.tagName.toLowerCase()}>`;
  },
  'duplicated label'(t, random) {
    const el = pick(random, t.labels.length ? t.labels : t.texts);
    if (!el?.parentNode || TABLE_PARTS.has(el.tagName)) return undefined;
    el.parentNode.insertBefore(el.cloneNode(true), el.nextSibling);
    return `label <${el.tagName.toLowerCase()}> "${OWN_TEXT(el).slice(0, 30)}" twice`;
  },
  'swapped columns'(t, random) {
    const parents = [...new Set(t.texts.map((e) => e.parentElement!))].filter(
      (p) => p && p.children.length >= 2 && !SKIP.has(p.tagName),
    );
    const parent = pick(random, parents);
    if (!parent) return undefined;
    const i = Math.floor(random() * (parent.children.length - 1));
    const [a, b] = [parent.children[i]!, parent.children[i + 1]!];
    parent.insertBefore(b, a);
    return `swapped children ${i} and ${i + 1} of <${parent.tagName.toLowerCase()}>`;
  },
  nbsp(t, random) {
    const el = pick(
      random,
      t.texts.filter((e) => /\S \S/.test(OWN_TEXT(e))),
    );
    const node = el && [...el.childNodes].find((n) => n.nodeType === 3 && / /.test(n.nodeValue ?? ''));
    if (!node) return undefined;
    node.nodeValue = node.nodeValue!.replace(/ /g, '\u00a0');
    return `NBSP in "${OWN_TEXT(el).slice(0, 30)}"`;
  },
  'label case'(t, random) {
    const el = pick(random, t.labels);
    const node = el && [...el.childNodes].find((n) => n.nodeType === 3 && n.nodeValue?.trim());
    if (!node) return undefined;
    node.nodeValue = random() < 0.5 ? node.nodeValue!.toUpperCase() : node.nodeValue!.toLowerCase();
    return `label case "${node.nodeValue.trim().slice(0, 30)}"`;
  },
  'attribute order'(t, random) {
    const el = pick(
      random,
      [...t.doc.body.querySelectorAll('*')].filter((e) => e.attributes.length >= 2),
    );
    if (!el) return undefined;
    const attrs = [...el.attributes].map((a) => [a.name, a.value] as const);
    for (const [name] of attrs) el.removeAttribute(name);
    for (const [name, value] of attrs.reverse()) el.setAttribute(name, value);
    return `attributes of <${el.tagName.toLowerCase()}> reversed`;
  },
  'roles and widths'(t, random) {
    // A text's element or one of its ancestors, as component libraries mark them (Fusion: every row
    // role="row", every cell role="gridcell" and a width or an alignment): none of it hides anything.
    let el: Element | null | undefined = pick(random, t.texts);
    for (let up = Math.floor(random() * 4); up > 0 && el?.parentElement && el.parentElement !== t.doc.body; up--)
      el = el.parentElement;
    if (!el) return undefined;
    const [name, value] = pick(random, PRESENTATION)!;
    el.setAttribute(name, value);
    return `${name}="${value}" on <${el.tagName.toLowerCase()}>`;
  },
};

export const OPERATOR_NAMES = Object.keys(OPERATORS);
