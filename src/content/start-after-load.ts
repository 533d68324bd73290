// When the starter asks for the guard: after the page's load event, once the page's own answers we
// watch have arrived, at an idle moment, once. Anything earlier would be paid by the page's own load
// (see index.iife.ts); a list that draws its rows from an answer arriving after load (Manage Orders)
// would draw them later if the guard's evaluation and first read came in between.
import { PAGE_JSON_PENDING_EVENT } from '../page-world/channel';

/** A page whose load event never comes (an image that never finishes) is guarded this long after its DOM is ready. */
export const STALLED_LOAD_MS = 5000;

/** An answer still not in this long after load (or a page that says one is pending forever) is not waited for. */
export const STALLED_ANSWER_MS = 3000;

export function startAfterLoad(win: Window, start: () => void): void {
  let started = false;
  // What the page-world observer last said (only on the pages it runs on): watched requests in flight.
  let inFlight = 0;
  let waiting: (() => void) | undefined;
  win.addEventListener(PAGE_JSON_PENDING_EVENT, (event) => {
    const count = Number((event as CustomEvent<unknown>).detail);
    inFlight = Number.isSafeInteger(count) && count > 0 ? count : 0;
    if (inFlight === 0) waiting?.();
  });
  const idle = () => {
    waiting = undefined;
    win.requestIdleCallback(start, { timeout: 1000 });
  };
  const once = () => {
    if (started) return;
    started = true;
    if (inFlight === 0) return idle();
    const timer = win.setTimeout(idle, STALLED_ANSWER_MS);
    waiting = () => {
      win.clearTimeout(timer);
      idle();
    };
  };
  if (win.document.readyState === 'complete') return once();
  win.addEventListener('load', once, { once: true });
  win.addEventListener('DOMContentLoaded', () => win.setTimeout(once, STALLED_LOAD_MS), { once: true });
}
