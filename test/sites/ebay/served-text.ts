// Text of a fixture page as served (before any script runs) and as its script will insert it, for the
// fixture checks of all three new platforms. Scripts and templates are not served text.
export function servedText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('script, template')) el.remove();
  return body.textContent ?? '';
}

/** What the page's script inserts: the contents of its templates. */
export function laterText(doc: Document): string {
  return [...doc.querySelectorAll('template')].map((t) => (t as HTMLTemplateElement).content.textContent).join(' ');
}
