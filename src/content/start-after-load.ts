// When the starter asks for the guard: after the page's load event, at an idle moment, once.
// Anything earlier would be paid by the page's own load (see index.iife.ts).

/** A page whose load event never comes (an image that never finishes) is guarded this long after its DOM is ready. */
export const STALLED_LOAD_MS = 5000;

export function startAfterLoad(win: Window, start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    win.requestIdleCallback(start, { timeout: 1000 });
  };
  if (win.document.readyState === 'complete') return once();
  win.addEventListener('load', once, { once: true });
  win.addEventListener('DOMContentLoaded', () => win.setTimeout(once, STALLED_LOAD_MS), { once: true });
}
