// The page-world observer's one mechanism, shared by each site's observer script (one per site, so
// each carries only its own allow-list): wrap the page's fetch and XMLHttpRequest, and copy the
// text of same-origin answers on the watched paths, as they arrive, to our content script. It never
// sends a request, never changes a request or a response, and has no extension API. Whatever it
// hands over is page data like the DOM: the content script validates it before use.
import { MAX_TEXT, PAGE_JSON_EVENT, PAGE_JSON_PENDING_EVENT } from './channel';

function handOver(url: string, text: string): void {
  if (text.length > MAX_TEXT) return;
  dispatchEvent(new CustomEvent(PAGE_JSON_EVENT, { detail: `${url}\n${text}` }));
}

/** The watched requests in flight, told to the starter at each change (it waits for none). */
function inFlight() {
  let fetches = 0;
  const requests = new Set<XMLHttpRequest>();
  const tell = () =>
    dispatchEvent(new CustomEvent(PAGE_JSON_PENDING_EVENT, { detail: String(fetches + requests.size) }));
  return {
    fetchStarted: () => (fetches++, tell()),
    fetchEnded: () => (fetches--, tell()),
    // An object reopened before it finished is one request in flight, not two.
    xhrOpened: (request: XMLHttpRequest) => (requests.add(request), tell()),
    xhrEnded: (request: XMLHttpRequest) => requests.delete(request) && tell(),
  };
}

const urlOf = (input: unknown): string => (input instanceof Request ? input.url : String(input));

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

  const flight = inFlight();

  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .apply(this): the page's own `this`
  const pageFetch = window.fetch;
  window.fetch = function fetch(this: unknown, ...args: Parameters<typeof window.fetch>): Promise<Response> {
    const pending = pageFetch.apply(this, args);
    if (!watched(urlOf(args[0]))) return pending;
    flight.fetchStarted();
    // The page gets the very promise it would have had; we read a clone on the side.
    pending
      .then((response) =>
        response.ok && watched(response.url)
          ? response
              .clone()
              .text()
              .then((text) => handOver(response.url, text))
          : undefined,
      )
      .catch(() => undefined)
      .finally(flight.fetchEnded);
    return pending;
  };

  /** The URL each request object was last opened with: a page may reuse one object for several calls. */
  const openedWith = new WeakMap<XMLHttpRequest, string>();

  function onXhrEnd(this: XMLHttpRequest): void {
    flight.xhrEnded(this);
  }

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
    if (watched(url)) {
      this.addEventListener('load', onXhrLoad);
      this.addEventListener('loadend', onXhrEnd);
      flight.xhrOpened(this);
    } else flight.xhrEnded(this);
    (pageOpen as (...a: unknown[]) => void).apply(this, args);
  };
}
