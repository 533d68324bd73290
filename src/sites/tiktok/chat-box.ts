// The seller chat's composer (Customer messages, /chat/inbox/current). A tool that sends from the
// Vietnamese centre (id71061397173) finds it as the one visible editable that shares a parent with
// TikTok's send button, `#chat-input-send-button`, within a few levels; we do the same, and find
// nothing rather than a wrong box when there is no such button or more than one editable.
import { isShown } from '../visible-text';
import { CHAT } from './selectors';

const MAX_CLIMB = 8;

const usable = (el: Element, root: Element) =>
  isShown(el, root) && !el.hasAttribute('disabled') && !el.hasAttribute('readonly');

export function tiktokChatBox(doc: Document): Element | null {
  const buttons = doc.querySelectorAll(CHAT.sendButton);
  if (buttons.length !== 1) return null;
  let level: Element | null = buttons[0]!.parentElement;
  for (let depth = 0; level && depth < MAX_CLIMB; depth++, level = level.parentElement) {
    const editors = [...level.querySelectorAll(CHAT.editable)].filter((el) => usable(el, doc.documentElement));
    if (editors.length === 1) return editors[0]!;
    if (editors.length > 1) return null;
  }
  return null;
}
