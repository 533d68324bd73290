// The one value a small part of the page shows: the smallest visible elements whose whole text
// parses as such a value ("2" in a quantity cell, "$98.50" in a price cell). A neighbour's words
// ("updated 3 hours ago") are never part of it, a wrapper or a repeated copy changes nothing, and two
// different values are no value at all.
import { isHiddenElement, visibleText } from '../visible-text';

export const AMBIGUOUS = 'ambiguous' as const;

export type Sole<T> = T | undefined | typeof AMBIGUOUS;

/**
 * `key` tells two values apart (the default compares them as JSON). Undefined when no element shows
 * one, AMBIGUOUS when elements show different ones.
 */
export function soleValue<T>(
  root: Element | null | undefined,
  parse: (text: string) => T | undefined,
  key: (value: T) => string = (v) => JSON.stringify(v),
): Sole<T> {
  if (!root || isHiddenElement(root)) return undefined;
  const found = new Map<string, T>();
  const visit = (el: Element): boolean => {
    let below = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling)
      if (!isHiddenElement(child) && visit(child)) below = true;
    if (below) return true;
    // A leaf's text is its own text nodes: no walk, and it was found shown on the way down.
    const text = el.firstElementChild ? visibleText(el, 300) : (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const value = text ? parse(text) : undefined;
    if (value === undefined) return false;
    found.set(key(value), value);
    return true;
  };
  visit(root);
  if (found.size > 1) return AMBIGUOUS;
  return found.values().next().value;
}

/** Like soleValue, with disagreement read as "not known". */
export function valueIn<T>(root: Element | null | undefined, parse: (text: string) => T | undefined): T | undefined {
  const value = soleValue(root, parse);
  return value === AMBIGUOUS ? undefined : value;
}
