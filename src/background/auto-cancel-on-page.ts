// Orders on a list page that the platform will cancel by itself within a day unless the seller acts
// (TikTok's deadline to be ready to ship, or a buyer's request it approves by itself): each marked
// in the list with its time, and counted in the banner, while there is still time to act.
import { rulebookFor } from '../core/rulebooks';
import { said, type Said } from '../core/said';
import type { PageReadingOk } from '../core/types';

const DAY_MS = 24 * 3600 * 1000;
/** The GuardView's cap on marked orders (its schema's). */
export const MAX_MARKED = 100;

export interface AutoCancelMark {
  orderIds: string[];
  /** What the mark beside the order says (`guard.auto-cancel-flag`: who cancels it, and when). */
  note: Said;
}

/** The orders still to ship that the platform cancels by itself within the next 24 hours, soonest first. */
export function autoCancellingOnPage(reading: PageReadingOk, now: number): AutoCancelMark[] {
  const platform = rulebookFor(reading.platform).displayName;
  return reading.orders
    .filter((o) => o.status === 'unshipped' && o.autoCancelAt !== undefined)
    .filter((o) => o.autoCancelAt! > now && o.autoCancelAt! - now <= DAY_MS)
    .sort((a, b) => a.autoCancelAt! - b.autoCancelAt!)
    .slice(0, MAX_MARKED)
    .map((o) => ({ orderIds: [o.id], note: said('guard.auto-cancel-flag', { platform, at: o.autoCancelAt! }) }));
}
