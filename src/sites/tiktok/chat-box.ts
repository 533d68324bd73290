// The seller chat's composer (Customer messages, /chat/inbox/current). A tool that sends from the
// Vietnamese centre (id71061397173) finds it as the one visible editable that shares a parent with
// TikTok's send button, `#chat-input-send-button`, within a few levels; we do the same, and find
// nothing rather than a wrong box when there is no such button, and say so when we cannot tell which.
import { isShown } from '../visible-text';
import { CHAT } from './selectors';

const MAX_CLIMB = 8;

const usable = (el: Element, root: Element) =>
  isShown(el, root) && !el.hasAttribute('disabled') && !el.hasAttribute('readonly');

/** The one editable beside this send button; 'ambiguous' when there are several. */
function composerOf(button: Element, root: Element): Element | 'ambiguous' | undefined {
  let level: Element | null = button.parentElement;
  for (let depth = 0; level && depth < MAX_CLIMB; depth++, level = level.parentElement) {
    const editors = [...level.querySelectorAll(CHAT.editable)].filter((el) => usable(el, root));
    if (editors.length === 1) return editors[0]!;
    if (editors.length > 1) return 'ambiguous';
  }
  return undefined;
}

/** The composer, null when there is none (no conversation open yet), 'ambiguous' when we cannot tell which. */
export function tiktokChatBox(doc: Document): Element | null | 'ambiguous' {
  const found = new Set(
    [...doc.querySelectorAll(CHAT.sendButton)]
      .filter((b) => isShown(b, doc.documentElement))
      .map((b) => composerOf(b, doc.documentElement)),
  );
  found.delete(undefined);
  if (found.size === 0) return null;
  return found.size === 1 ? [...found][0]! : 'ambiguous';
}
