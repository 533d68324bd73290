// Content script entry, built as one self-contained classic script (crxjs `*.iife.ts`): no loader,
// no web-accessible files a page could probe. Runs on the seller pages listed in manifest.json.
import { guardPage } from './guard-page';
import { FLAG_ATTR } from './flags';
import { HOST_ATTR } from './host';
import { watchPage } from './page-watch';

const MARK = 'data-seller-guard-loaded';

function main(): void {
  // The same script injected twice (extension reload) would mount two banners.
  if (document.documentElement.hasAttribute(MARK)) return;
  document.documentElement.setAttribute(MARK, '');
  const pass = () => void guardPage().catch((error: unknown) => console.warn('[seller-guard]', error));
  // Our banner and our flags in the list must not wake the reader again.
  const ours = `[${HOST_ATTR}], [${FLAG_ATTR}]`;
  const isOurs = (node: Node): boolean => node instanceof Element && node.closest(ours) !== null;
  // The seller's page comes first: our first reading waits for its load event and an idle moment.
  const start = () => requestIdleCallback(() => {
    pass();
    watchPage(pass, isOurs);
  }, { timeout: 1000 });
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

main();
