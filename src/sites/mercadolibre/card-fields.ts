// One walk over a sale card gathers what the reader needs: a list of 500 cards is 500 walks, so each
// touches as little as it can. The visible text of every element that carries one of the card's
// field classes (./selectors.ts), per product block, without walking into it; and the leaves outside
// the fields whose text may be the status headline. Hidden subtrees (../visible-text.ts) are
// skipped whole, as a seller never sees them.
import { clean, isHiddenElement, MAY_HIDE, MAY_HIDE_BY_TAG_OR_ATTRIBUTE, visibleText } from '../visible-text';
import { SALES } from './selectors';

const FIELDS = {
  packId: SALES.packId,
  date: SALES.date,
  reputation: SALES.reputation,
  buyerName: SALES.buyerName,
  buyerNickname: SALES.buyerNickname,
  note: SALES.note,
} as const;
const PRODUCT_FIELDS = { title: SALES.productTitle, quantity: SALES.quantity, sku: SALES.sku } as const;

type Field = keyof typeof FIELDS;

export interface ProductTexts {
  title: string[];
  quantity: string[];
  sku: string[];
}

export interface CardTexts {
  fields: Record<Field, string[]>;
  products: ProductTexts[];
  /** Leaves outside the fields whose text may be a headline (the caller says which may). */
  loose: string[];
}

/** `.a.b` → ['a', 'b']: an element is that field when it carries every one of these classes. */
const classesOf = (selector: string) => selector.split('.').filter(Boolean);

/** A field's key by each of its classes: an element's classes are looked up, not each field tried in turn. */
function byClass<K extends string>(fields: Record<K, string>): Map<string, { key: K; classes: string[] }[]> {
  const out = new Map<string, { key: K; classes: string[] }[]>();
  for (const [key, selector] of Object.entries(fields) as [K, string][]) {
    const classes = classesOf(selector);
    // Filed under its first class; the others are checked when that one is there.
    out.set(classes[0]!, [...(out.get(classes[0]!) ?? []), { key, classes }]);
  }
  return out;
}
const FIELD_BY_CLASS = byClass(FIELDS);
const PRODUCT_FIELD_BY_CLASS = byClass(PRODUCT_FIELDS);
const PRODUCT_CLASS = classesOf(SALES.product);

/** The keys of `fields` an element with these classes is, each once, in the table's order. */
function fieldsOf<K extends string>(tokens: string[], fields: Map<string, { key: K; classes: string[] }[]>): K[] {
  const keys: K[] = [];
  for (const token of tokens)
    for (const { key, classes } of fields.get(token) ?? [])
      if (!keys.includes(key) && classes.every((c) => tokens.includes(c))) keys.push(key);
  return keys;
}

function emptyCardTexts(): CardTexts {
  return {
    fields: { packId: [], date: [], reputation: [], buyerName: [], buyerNickname: [], note: [] },
    products: [],
    loose: [],
  };
}
/** Any of those classes: most elements are passed over with this one test. */
const ANY = new RegExp(
  [...FIELD_BY_CLASS.keys(), ...PRODUCT_FIELD_BY_CLASS.keys()]
    .concat(PRODUCT_CLASS)
    .map((c) => c.replace(/[-_]/g, '\\$&'))
    .join('|'),
);

/** Either of MAY_HIDE and ANY (case-blind, so it passes whatever either passes): one test for most elements. */
const EITHER = new RegExp(`${MAY_HIDE.source}|${ANY.source}`, 'i');

const has = (tokens: readonly string[], classes: readonly string[]) => classes.every((c) => tokens.includes(c));

/**
 * The elements under `root` whose tag or attributes may hide them: one native query for the whole
 * list, so that no card asks each of its elements (a `matches` per element was most of a read).
 */
export const mayHideUnder = (root: ParentNode): Set<Element> =>
  new Set(root.querySelectorAll(MAY_HIDE_BY_TAG_OR_ATTRIBUTE));

/** A leaf's text is its textContent (no hidden child to leave out): the cheap, usual case. */
function textOf(el: Element, first: Element | null): string {
  if (first) return visibleText(el, 500);
  return clean(el.textContent, 500);
}

/** `mayHide`: mayHideUnder of a root that holds the card (the card itself by default). */
export function cardTexts(
  card: Element,
  headline: (text: string) => boolean,
  mayHide: Set<Element> = mayHideUnder(card),
): CardTexts {
  const out = emptyCardTexts();
  const fields = out.fields;
  /** isHiddenElement, for an element whose class attribute is already in hand. */
  const hidden = (e: Element, cls: string | null, named: boolean) =>
    ((named && MAY_HIDE.test(cls!)) || mayHide.has(e)) && isHiddenElement(e);
  /**
   * Walks the children of an element from its `first` child; says whether any of them is visible
   * (if none, the element reads as a leaf). Each element's first child is asked for once.
   */
  const walk = (first: Element | null, product: ProductTexts | undefined): boolean => {
    let visibleChild = false;
    for (let e = first; e; e = e.nextElementSibling) {
      const cls = e.getAttribute('class');
      const child = e.firstElementChild;
      // Most elements carry neither a field's class nor one that may hide: one test passes them.
      const named = cls !== null && EITHER.test(cls);
      if (hidden(e, cls, named)) continue;
      visibleChild = true;
      if (named && ANY.test(cls)) {
        const tokens = cls.split(/\s+/);
        if (has(tokens, PRODUCT_CLASS)) {
          const inProduct: ProductTexts = { title: [], quantity: [], sku: [] };
          out.products.push(inProduct);
          walk(child, inProduct);
          continue;
        }
        const keys = fieldsOf(tokens, FIELD_BY_CLASS);
        const productKeys = product ? fieldsOf(tokens, PRODUCT_FIELD_BY_CLASS) : [];
        if (keys.length || productKeys.length) {
          // A field is read whole; nothing inside it is walked again.
          const text = textOf(e, child);
          for (const key of keys) fields[key].push(text);
          for (const key of productKeys) product![key].push(text);
          continue;
        }
      }
      if ((child && walk(child, product)) || product) continue;
      // A leaf (or one whose children are all hidden): all it says is its text. A status word
      // inside a sentence is no headline.
      const text = child ? visibleText(e, 200) : e.textContent.trim();
      if (text && text.length < 120 && headline(text)) out.loose.push(text);
    }
    return visibleChild;
  };
  walk(card.firstElementChild, undefined);
  return out;
}

/** The one text all visible copies agree on; undefined when there is none or they differ. */
export function agreed(texts: string[]): string | undefined {
  const present = texts.filter(Boolean);
  return present.every((t) => t === present[0]) ? present[0] : undefined;
}
