// The tab an extension page speaks for: `?tab=<id>` when given (tests, the demo, the "open in a
// tab" link), else the active tab of the current window (the toolbar click).
import { tabs } from '../shared/browser';

export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return tabs.activeId();
}
