// What the page's own world handed over (src/page-world/): the newest responses, kept as text and
// parsed only when a reader asks for them. Page data, so exactly as untrusted as the DOM.
import { MAX_TEXT, PAGE_JSON_EVENT } from '../page-world/channel';

/** What readers see of it: the newest parsed response whose path matches, if any. */
export interface PageJson {
  latest: (path: RegExp) => unknown;
  /** The newest matching response as the page received it, unparsed, and its place in arrival order. */
  latestText?: (path: RegExp) => { text: string; seq: number } | undefined;
}

interface Response {
  path: string;
  text: string;
  seq: number;
  parsed?: unknown;
}

/** Enough for a list page and a couple of re-fetches; older responses describe pages long gone. */
const KEEP = 4;

export class PageJsonLog implements PageJson {
  private responses: Response[] = [];
  private added = 0;

  /** Takes one event detail ("<url>\n<text>"); anything else, or another origin's URL, is ignored. */
  add(detail: unknown, origin: string): void {
    if (typeof detail !== 'string' || detail.length > MAX_TEXT + 2048) return;
    const newline = detail.indexOf('\n');
    if (newline < 0) return;
    let url: URL;
    try {
      url = new URL(detail.slice(0, newline));
    } catch {
      return;
    }
    if (url.origin !== origin) return;
    this.responses.push({ path: url.pathname, text: detail.slice(newline + 1), seq: ++this.added });
    if (this.responses.length > KEEP) this.responses.shift();
  }

  latestText(path: RegExp): { text: string; seq: number } | undefined {
    for (let i = this.responses.length - 1; i >= 0; i--) {
      const { path: p, text, seq } = this.responses[i]!;
      if (path.test(p)) return { text, seq };
    }
    return undefined;
  }

  latest(path: RegExp): unknown {
    for (let i = this.responses.length - 1; i >= 0; i--) {
      const response = this.responses[i]!;
      if (!path.test(response.path)) continue;
      if (response.parsed === undefined) {
        try {
          response.parsed = JSON.parse(response.text) as unknown;
        } catch {
          response.parsed = null;
        }
      }
      return response.parsed ?? undefined;
    }
    return undefined;
  }
}

/** Starts collecting at document_start, before the page's first request. */
export function collectPageJson(win: Window, log: PageJsonLog): () => void {
  const onJson = (event: Event) => log.add((event as CustomEvent<unknown>).detail, win.location.origin);
  win.addEventListener(PAGE_JSON_EVENT, onJson);
  return () => win.removeEventListener(PAGE_JSON_EVENT, onJson);
}
