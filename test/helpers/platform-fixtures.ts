// What the eBay, Mercado Libre and TikTok Shop fixture tables share: the shape of an entry (a page at its
// real URL, the JSON its own script fetches, the reading a correct reader returns), lookup by name, and
// the fixture checks' view of a page as served and as its script will fill it.
import { parse } from './fixtures';

export interface PlatformFixture<Expected> {
  /** Unique within its platform, kebab-case. */
  name: string;
  /** A page type of src/sites/<platform>/page-urls.ts. */
  page: string;
  /** The real URL the page is served at (e2e: context.route(url).fulfill). */
  url: string;
  lang: string;
  /** Which public sources (ids) the markup follows and what is assumed; the builders' headers say more. */
  basedOn: string;
  /** True when the figures arrive after load (by script or the page's own requests), not in the markup. */
  late?: boolean;
  html: () => string;
  /** Bodies the page's own script fetches, by path without query (e2e: route and fulfill them). */
  json?: Record<string, { method: 'GET' | 'POST'; body: unknown }>;
  expected: Expected;
}

export function fixtureNamed<F extends { name: string }>(fixtures: F[], name: string): F {
  const f = fixtures.find((x) => x.name === name);
  if (!f) throw new Error(`no fixture named ${name}`);
  return f;
}

/** Builds and parses each fixture once: the 500-row pages are slow to parse in happy-dom. */
export function fixtureLoader(): (f: { name: string; html: () => string }) => { html: string; doc: Document } {
  const built = new Map<string, { html: string; doc: Document }>();
  return (f) => {
    if (!built.has(f.name)) {
      const html = f.html();
      built.set(f.name, { html, doc: parse(html) });
    }
    return built.get(f.name)!;
  };
}

/** The page's text as served, before any script runs: scripts and templates are not served text. */
export function servedText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('script, template')) el.remove();
  return body.textContent ?? '';
}

/** What the page's script inserts: the contents of its templates. */
export function laterText(doc: Document): string {
  return [...doc.querySelectorAll('template')].map((t) => t.content.textContent).join(' ');
}
