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

export function insertDraft(doc: Document, selector: string | undefined, text: string): boolean {
  const box = selector ? doc.querySelector(selector) : null;
  return box ? insertInto(box, text) : false;
}
