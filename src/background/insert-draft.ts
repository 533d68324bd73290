// Insert: the draft goes to the frame that holds the page's message box when there is one (eBay's
// message-buyer frame on the order page), else to the page itself; whichever has the box says
// whether it took the text. A frame that is gone meanwhile leaves the page to answer.
import { isInsertReply } from '../messages/background-to-content';
import type { Deps } from './handlers';

const TOP_FRAME = 0;

async function inserted(reply: Promise<unknown>): Promise<boolean> {
  const answer = await reply.catch(() => undefined);
  return isInsertReply(answer) && answer.inserted;
}

export async function insertDraft(deps: Deps, tabId: number, text: string): Promise<boolean> {
  const message = { type: 'bg/insert-draft', text };
  const frame = (await deps.tabs.get(tabId))?.messageFrame;
  if (frame && (await inserted(deps.sendToTab(tabId, message, frame.frameId)))) return true;
  return inserted(deps.sendToTab(tabId, message, TOP_FRAME));
}
