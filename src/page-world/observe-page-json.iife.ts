// Runs in the seller page's own world (MAIN) at document_start, on Seller Central order and
// performance pages only. Manage Orders gets its rows from the page's own /orders-api/search calls,
// Account Health its figures from /performance/api/summary; this script copies those responses (and
// no others, WATCHED_PATHS), as they arrive, to our content script. It never sends a request, never
// changes a request or a response, and has no extension API. Whatever it hands over is page data
// like the DOM: the content script validates it before use.
import { MAX_TEXT, PAGE_JSON_EVENT, WATCHED_PATHS } from './channel';

function watched(url: string): boolean {
  try {
    const u = new URL(url, location.href);
    return u.origin === location.origin && WATCHED_PATHS.some((path) => path.test(u.pathname));
  } catch {
    return false;
  }
}

function handOver(url: string, text: string): void {
  if (text.length > MAX_TEXT) return;
  dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail: `${url}\n${text}` }));
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply(this): the page's own `this`
const pageFetch = window.fetch;
window.fetch = function fetch(this: unknown, ...args: Parameters<typeof window.fetch>): Promise<Response> {
  const pending = pageFetch.apply(this, args);
  // The page gets the very promise it would have had; we read a clone on the side.
  pending.then(
    (response) => {
      if (response.ok && watched(response.url))
        response
          .clone()
          .text()
          .then(
            (text) => handOver(response.url, text),
            () => undefined,
          );
    },
    () => undefined,
  );
  return pending;
};

/** The URL each request object was last opened with: a page may reuse one object for several calls. */
const openedWith = new WeakMap<XMLHttpRequest, string>();

function onXhrLoad(this: XMLHttpRequest): void {
  const url = openedWith.get(this);
  if (!url || !watched(url) || this.status < 200 || this.status >= 300) return;
  const body: unknown =
    this.responseType === '' || this.responseType === 'text'
      ? this.responseText
      : this.responseType === 'json'
        ? JSON.stringify(this.response)
        : undefined;
  if (typeof body === 'string') handOver(this.responseURL || url, body);
}

// eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply(this), as above
const pageOpen = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function open(this: XMLHttpRequest, ...args: unknown[]): void {
  const url = String(args[1]);
  openedWith.set(this, url);
  // Only watched calls get a listener; one per object however often it is reopened (the same
  // function is added once), and it checks the URL of the call that finished.
  if (watched(url)) this.addEventListener('load', onXhrLoad);
  (pageOpen as (...a: unknown[]) => void).apply(this, args);
};
