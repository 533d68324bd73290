// Etsy ships the page's data as inline script: `Etsy.Context = {...};`, sometimes as
// `Object.assign(Etsy.Context || {}, {...})`, in several steps, or as `JSON.parse("...")`. We read
// that text as data (script-data.ts) and never run it: the content script's isolated world cannot
// see the page's `window.Etsy`, and page script is not ours to execute.
import { scriptState } from '../script-data';

export function readEtsyContext(doc: Document): unknown {
  const scripts = [...doc.querySelectorAll('script:not([src])')]
    .filter((s) => !s.getAttribute('type') || /javascript|module/i.test(s.getAttribute('type')!))
    .map((s) => s.textContent ?? '');
  return scriptState(scripts, 'Etsy.Context');
}
