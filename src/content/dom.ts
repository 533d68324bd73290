// The banner's elements, made with the DOM itself: a UI library would be the largest part of a
// script that loads on every seller page (under its size budget). Text goes in as text nodes and
// attributes as attributes, never as markup.

export type Child = Node | string | false | null | undefined | Child[];
type Prop = string | number | boolean | ((event: Event) => void) | undefined;

export function h(tag: string, props: Record<string, Prop> | null, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  add(el, children);
  return el;
}

function add(el: Node, children: Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) add(el, child);
    else if (typeof child === 'string') el.appendChild(document.createTextNode(child));
    else if (child) el.appendChild(child);
  }
}

/**
 * Replaces what `container` shows, keeping the focus on the control that had it (by its `data-k`):
 * a seller who pressed Move keeps the keyboard on Move.
 */
export function replaceKeepingFocus(container: Element, next: Node): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  const key = root.activeElement?.getAttribute('data-k');
  container.replaceChildren(next);
  if (key) container.querySelector<HTMLElement>(`[data-k="${key}"]`)?.focus();
}
