// Orders on a list page that have left with their tracking while the buyer's cancellation request is
// still open: the seller declines it by uploading the tracking, before the platform approves it by
// itself (TikTok Shop). Each is marked in the list, soonest deadline first, through the same marks as
// the orders about to cancel themselves (./auto-cancel-on-page.ts).
import { declineByTracking } from '../core/decline-by-tracking';
import { rulebookFor } from '../core/rulebooks';
import { said } from '../core/said';
import type { OrderSeen, PageReadingOk } from '../core/types';
import { MAX_MARKED, type AutoCancelMark } from './auto-cancel-on-page';

export function declineByTrackingOnPage(reading: PageReadingOk, now: number): AutoCancelMark[] {
  const book = rulebookFor(reading.platform);
  const platform = book.displayName;
  const deadline = (o: OrderSeen) => o.cancelRequest?.answerBy ?? Number.POSITIVE_INFINITY;
  return reading.orders
    .filter((o) => declineByTracking(book, o))
    .sort((a, b) => deadline(a) - deadline(b))
    .slice(0, MAX_MARKED)
    .map((o) => {
      const at = deadline(o);
      // A deadline gone by while the page still says the request is open: still to decline, no time to give.
      const note =
        at > now && at !== Number.POSITIVE_INFINITY
          ? said('guard.decline-by-tracking-flag-by', { platform, at })
          : said('guard.decline-by-tracking-flag', { platform });
      return { orderIds: [o.id], note };
    });
}
