// The guard: read the page, report it, show the banner, and keep doing so as the page changes.
// Injected by the background (scripting.executeScript) once the starter (index.iife.ts) reports the
// page loaded, so none of it is parsed or run before the seller's page is ready. One build per
// platform (./guards/), each a self-contained classic script carrying only its own readers
// (vite.config.ts): no loader, no web-accessible files a page could probe.
import { isInsertDraftRequest, type InsertReply } from '../messages/background-to-content';
import { contentRuntime } from '../shared/content-runtime';
import type { PageType } from '../sites/page-type';
import { guardPage } from './guard-page';
import { insertDraft } from './insert-draft';
import { FLAG_ATTR } from './flags';
import { HOST_ATTR } from './host';
import { watchPage } from './page-watch';

const MARK = 'data-seller-guard-loaded';

/**
 * The only thing the background may ask of the page: put a draft into its message box. Answers
 * synchronously; content-runtime sends it back with sendResponse (see there for why).
 */
export function draftInserter(doc: Document, typeOf: (url: URL) => PageType | undefined) {
  return (message: unknown): InsertReply | undefined => {
    if (!isInsertDraftRequest(message)) return undefined;
    const box = typeOf(new URL(doc.location.href))?.messageBox;
    return { ok: true, inserted: insertDraft(doc, box, message.text) };
  };
}

/** `isOwnOrigin`: the site's seller origins (its own table only: see figure-link.ts). */
export function runGuard(pageTypes: readonly PageType[], isOwnOrigin: (origin: string) => boolean): void {
  // Injected twice into one document (an extension reload, a repeated start): the first one guards.
  if (document.documentElement.hasAttribute(MARK)) return;
  document.documentElement.setAttribute(MARK, '');
  const typeOf = (url: URL) => pageTypes.find((t) => t.detect(url));
  contentRuntime.onMessage(draftInserter(document, typeOf));
  const pass = () =>
    void guardPage(typeOf, isOwnOrigin).catch((error: unknown) => console.warn('[seller-guard]', error));
  // Our banner and our flags in the list must not wake the reader again.
  const ours = `[${HOST_ATTR}], [${FLAG_ATTR}]`;
  const isOurs = (node: Node): boolean => node instanceof Element && node.closest(ours) !== null;
  pass();
  watchPage(pass, isOurs);
}
