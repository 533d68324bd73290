// Content script entry, built as one self-contained classic script (crxjs `*.iife.ts`): no loader,
// no web-accessible files a page could probe. Runs on the seller pages listed in manifest.json.
// Injected at document_start: Chromium holds a page's load event until a document_idle (or
// document_end) script has run, measured at +60-100 ms on a 500-row list even for a one-line
// script; at document_start we only register listeners and do the work after load.
import * as v from 'valibot';
import { BackgroundToContent } from '../messages/background-to-content';
import { contentRuntime } from '../shared/content-runtime';
import { pageTypeFor } from '../sites/registry';
import { collectPageJson } from '../sites/page-json';
import { guardPage, pageJson } from './guard-page';
import { insertDraft } from './insert-draft';
import { FLAG_ATTR } from './flags';
import { HOST_ATTR } from './host';
import { watchPage } from './page-watch';

const MARK = 'data-seller-guard-loaded';

function main(): void {
  // The page-world observer (src/page-world/) hands over the order list's own JSON as it arrives.
  collectPageJson(window, pageJson);
  // The only thing the background may ask of the page: put a draft into its message box.
  contentRuntime.onMessage((message) => {
    const parsed = v.safeParse(BackgroundToContent, message);
    if (!parsed.success) return undefined;
    const type = pageTypeFor(new URL(location.href));
    return Promise.resolve({ ok: true, inserted: insertDraft(document, type?.messageBox, parsed.output.text) });
  });
  const pass = () => void guardPage().catch((error: unknown) => console.warn('[seller-guard]', error));
  // Our banner and our flags in the list must not wake the reader again.
  const ours = `[${HOST_ATTR}], [${FLAG_ATTR}]`;
  const isOurs = (node: Node): boolean => node instanceof Element && node.closest(ours) !== null;
  // The seller's page comes first: our first reading waits for its load event and an idle moment.
  const start = () => requestIdleCallback(() => {
    // The same script injected twice (extension reload) would mount two banners.
    if (document.documentElement.hasAttribute(MARK)) return;
    document.documentElement.setAttribute(MARK, '');
    pass();
    watchPage(pass, isOurs);
  }, { timeout: 1000 });
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

main();
