// The page-world observer's one mechanism, shared by each site's observer script (one per site, so
// each carries only its own allow-list): wrap the page's fetch and XMLHttpRequest, and copy the
// text of same-origin answers on the watched paths, as they arrive, to our content script. It never
// sends a request, never changes a request or a response, and has no extension API. Whatever it
// hands over is page data like the DOM: the content script validates it before use.
import { MAX_TEXT, PAGE_JSON_EVENT } from './channel';

function handOver(url: string, text: string): void {
  if (text.length > MAX_TEXT) return;
  dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail: `${url}\n${text}` }));
}

/** Starts copying the answers on `paths` (tested against a same-origin URL's path) for this document. */
export function observeResponses(paths: readonly RegExp[]): void {
  const watched = (url: string): boolean => {
    try {
      const u = new URL(url, location.href);
      return u.origin === location.origin && paths.some((path) => path.test(u.pathname));
    } catch {
      return false;
    }
  };

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
}
