// "Insert": puts a draft into the page's own message box without sending it, and fires the events
// the page's framework listens to, so its character counter and Send button wake up.

export function insertInto(box: Element, text: string): boolean {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    // The prototype's setter, not the instance property: frameworks (React) that track the
    // last value they set only notice a change made beneath them.
    const proto = box instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(box, text);
  } else if (box instanceof HTMLElement && box.isContentEditable) {
    box.textContent = text;
  } else {
    return false;
  }
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  box.dispatchEvent(new Event('change', { bubbles: true }));
  box.focus();
  return true;
}

/** A selector, or a finder for a box the page re-mounts (asked again on every insert). */
export type MessageBox = string | ((doc: Document) => Element | undefined);

/**
 * Whether the text went in. A box that takes fewer characters (`maxLength`, in UTF-16 units as the
 * browser counts them) refuses the whole text: cutting it would send half a sentence.
 */
export function insertDraft(doc: Document, where: MessageBox | undefined, text: string): boolean {
  const box = typeof where === 'function' ? where(doc) : where ? doc.querySelector(where) : null;
  if (!box) return false;
  const limit = (box as HTMLTextAreaElement).maxLength;
  if (typeof limit === 'number' && limit >= 0 && text.length > limit) return false;
  return insertInto(box, text);
}
