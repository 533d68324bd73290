// The tab's state, asked for as soon as the popup's first module runs: its round trip to the
// background overlaps the loading of the rest of the popup instead of following it.
import type { Refusal, UiAnswer } from '../messages';
import { ask } from '../ui/client';
import { targetTabId } from '../ui/tab-id';

export type Loaded = UiAnswer<'ui/tab-state'> & { tabId: number };

/** undefined: no tab to speak for (the popup opened outside a browser window). */
export async function askTabState(): Promise<Loaded | Refusal | undefined> {
  const tabId = await targetTabId();
  if (tabId === undefined) return undefined;
  const reply = await ask({ type: 'ui/tab-state', tabId });
  return reply.ok ? { ...reply, tabId } : reply;
}
