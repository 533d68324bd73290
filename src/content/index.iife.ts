// Content script entry (manifest.json, document_start): the starter. Deliberately small, because
// whatever runs here runs before the seller's page has loaded: the whole guard here cost the page
// several times the starter's main-thread time before its load event, and nearly all that is left
// is Chromium making the isolated world (`npm run bench` measures it; the README has the figures).
// document_idle would not spare the page that: Chromium runs idle scripts just before the load event.
//
// Two jobs: keep the page's own JSON as it arrives (the guard is not there yet to hear it), and
// once the page has loaded and is idle, ask the background to inject this site's guard
// (./run-guard.ts, one build per site from ./guards/) into this very document.
import { collectPageJson } from '../sites/page-json';
import { askBackground } from './ask-background';
import { startPageJsonLog } from './page-json-handoff';
import { startAfterLoad } from './start-after-load';

collectPageJson(window, startPageJsonLog());

startAfterLoad(window, () => {
  askBackground({ type: 'cs/start-guard' }).catch((error: unknown) =>
    console.warn('[seller-guard] the guard could not start:', error),
  );
});
