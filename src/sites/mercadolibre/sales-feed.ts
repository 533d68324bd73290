// The background's half of the sales list fed by its own bricks answer (issue #17: no parsing of
// page JSON on the seller's page). The answer names only the sales the list shows (row ids
// `row-<pack>_<order>`; no buyer, item, date, status or reputation flag was ever found in it,
// ./README.md), so the cards stay the source of every field and the answer is a cross-check: every
// card on screen must be one of its sales, and a list with no card is empty only where it says so.
// No DOM here: the service worker runs it.
import type { PageReadingOk } from '../../core/types';
import { salesBricks } from './sales-bricks';

/**
 * The reading as the cards gave it, when the answer describes the list on screen; undefined when it
 * does not (another list's answer, or one whose cards are still being built), and the page then
 * reads its markup alone.
 */
export function completeFromBricks(reading: PageReadingOk, body: unknown): PageReadingOk | undefined {
  const bricks = salesBricks(body);
  if (!bricks) return undefined;
  if (reading.orders.length === 0) return bricks.empty ? reading : undefined;
  return reading.orders.every((o) => bricks.packIds.has(o.id)) ? reading : undefined;
}
