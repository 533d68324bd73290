// What a stored or reported order can plausibly be: an id in its platform's format, a marketplace
// its rulebook knows, dates between 2000 and (almost) now. The background holds page readings to
// these, and the import holds every record of a file to them: a value outside is a broken reader
// or a damaged file, never a figure to keep.
import { RULEBOOKS } from '../core/rulebooks';
import type { Platform } from '../core/types';

const DAY_MS = 86_400_000;
/** No marketplace we read existed before this. */
export const EARLIEST = Date.UTC(2000, 0, 1);
/** Pages print local dates and machines' clocks differ: an order "placed tomorrow" is within a day. */
const CLOCK_SLACK_MS = DAY_MS;
/** Ship-by and deliver-by dates lie ahead, but not years ahead. */
const LATEST_PROMISE_MS = 366 * DAY_MS;

export { isOrderId } from '../core/order-ids';

export const isMarketplace = (platform: Platform, code: string): boolean =>
  Object.hasOwn(RULEBOOKS[platform].marketplaces, code);

/** A moment that has happened (an order placed, a page read), give or take the clock slack. */
export const isPast = (ms: number, now: number): boolean => ms >= EARLIEST && ms <= now + CLOCK_SLACK_MS;

/** A promised date (ship by, deliver by): after 2000, within a year from now. */
export const isPromise = (ms: number, now: number): boolean => ms >= EARLIEST && ms <= now + LATEST_PROMISE_MS;
