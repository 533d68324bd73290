// The banner never covers the control the seller is using. When focus goes to a page control under
// it (the cancel form, the message box), or the pointer rests on the banner with a page control
// beneath, the banner moves to a corner where it covers none of that control, or folds to its pill
// where no corner is free. It comes back once the seller is done there. Nothing of this is stored.
import type { Corner } from './banner-place';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Aside {
  corner: Corner;
  pill: boolean;
}

interface Size {
  width: number;
  height: number;
}

/** The host's distance from the viewport's edges (banner-css.ts). */
export const EDGE = 16;
/** The folded banner's size, roughly: enough to decide where it fits. */
const PILL: Size = { width: 240, height: 40 };
/** The other corners, nearest first: across, then up or down, then diagonally. */
const OTHERS: Record<Corner, Corner[]> = {
  br: ['bl', 'tr', 'tl'],
  bl: ['br', 'tl', 'tr'],
  tl: ['tr', 'bl', 'br'],
  tr: ['tl', 'br', 'bl'],
};

export function boxAt(corner: Corner, size: Size, viewport: Size): Box {
  const left = corner.endsWith('l') ? EDGE : viewport.width - EDGE - size.width;
  const top = corner.startsWith('t') ? EDGE : viewport.height - EDGE - size.height;
  return { left, top, right: left + size.width, bottom: top + size.height };
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Where the banner goes while `control` is in use; undefined when it does not cover it where it is. */
export function asideFrom(corner: Corner, size: Size, control: Box, viewport: Size): Aside | undefined {
  if (!overlaps(boxAt(corner, size, viewport), control)) return undefined;
  for (const other of OTHERS[corner])
    if (!overlaps(boxAt(other, size, viewport), control)) return { corner: other, pill: false };
  for (const other of [corner, ...OTHERS[corner]])
    if (!overlaps(boxAt(other, PILL, viewport), control)) return { corner: other, pill: true };
  return { corner, pill: true };
}

/** What a seller uses on a page: form fields, buttons, links, editable text, custom widgets. */
const CONTROL =
  'input:not([type="hidden"]), textarea, select, button, a[href], [contenteditable=""], [contenteditable="true"], [role="button"], [role="textbox"], [role="combobox"], [role="link"]';
/** The banner's own controls: resting on them is using the banner, not reaching past it. */
const OWN_CONTROL = 'button, a, input, summary';
/** How long the pointer rests on the banner over a page control before the banner gives way. */
export const REST_MS = 600;

export function keepClear(doc: Document, host: HTMLElement, corner: () => Corner, set: (a?: Aside) => void) {
  const win = doc.defaultView!;
  let focusAside: Element | undefined;
  let pointerAside: Box | undefined;
  let resting: ReturnType<typeof setTimeout> | undefined;
  const ours = (el: Element) => el === host || host.contains(el);
  const viewport = () => ({ width: win.innerWidth, height: win.innerHeight });
  const moveFor = (control: Element): boolean => {
    const rect = host.getBoundingClientRect();
    const aside = asideFrom(corner(), rect, control.getBoundingClientRect(), viewport());
    if (aside) set(aside);
    return aside !== undefined;
  };
  const controlBeneath = (x: number, y: number): Element | undefined =>
    doc
      .elementsFromPoint(x, y)
      .find((el) => !ours(el) && el !== doc.documentElement && el !== doc.body)
      ?.closest(CONTROL) ?? undefined;
  const stillOut = (): void => {
    if (!focusAside && !pointerAside) set(undefined);
  };

  const onFocusIn = (event: FocusEvent) => {
    const target = event.target as Element | null;
    if (!target || ours(target) || !target.matches(CONTROL)) return;
    if (moveFor(target)) focusAside = target;
  };
  const onFocusOut = (event: FocusEvent) => {
    if (!focusAside || focusAside.contains(event.relatedTarget as Node | null)) return;
    focusAside = undefined;
    stillOut();
  };
  const reachPast = (event: PointerEvent, wait: number) => {
    const own = (event.composedPath()[0] as Element | undefined)?.closest?.(OWN_CONTROL);
    const control = own ? undefined : controlBeneath(event.clientX, event.clientY);
    if (!control) {
      clearTimeout(resting);
      resting = undefined;
      return;
    }
    if (resting && wait > 0) return;
    const before = host.getBoundingClientRect();
    const give = () => {
      resting = undefined;
      if (moveFor(control)) pointerAside = before;
    };
    clearTimeout(resting);
    if (wait > 0) resting = setTimeout(give, wait);
    else give();
  };
  const onHostMove = (event: PointerEvent) => reachPast(event, REST_MS);
  const onHostDown = (event: PointerEvent) => reachPast(event, 0);
  const onHostLeave = () => {
    clearTimeout(resting);
    resting = undefined;
  };
  // Once the pointer has left where the banner was, the banner may come back.
  const onPageMove = (event: PointerEvent) => {
    const was = pointerAside;
    if (!was) return;
    const near = overlaps(was, {
      left: event.clientX,
      right: event.clientX + 1,
      top: event.clientY,
      bottom: event.clientY + 1,
    });
    if (near) return;
    pointerAside = undefined;
    stillOut();
  };

  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('focusout', onFocusOut, true);
  doc.addEventListener('pointermove', onPageMove, true);
  host.addEventListener('pointermove', onHostMove);
  host.addEventListener('pointerdown', onHostDown);
  host.addEventListener('pointerleave', onHostLeave);
  return () => {
    clearTimeout(resting);
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('focusout', onFocusOut, true);
    doc.removeEventListener('pointermove', onPageMove, true);
    host.removeEventListener('pointermove', onHostMove);
    host.removeEventListener('pointerdown', onHostDown);
    host.removeEventListener('pointerleave', onHostLeave);
  };
}
