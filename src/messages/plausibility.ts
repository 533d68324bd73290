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

/** Order numbers as each platform writes them (eBay, Mercado Libre and TikTok Shop from their public docs). */
const ORDER_ID_PATTERNS: Record<Platform, RegExp> = {
  amazon: /^\d{3}-\d{7}-\d{7}$/,
  etsy: /^\d{5,15}$/,
  aliexpress: /^\d{8,20}$/,
  ebay: /^(\d{2}-\d{5}-\d{5}|\d{9,15}-\d{9,15})$/,
  mercadolibre: /^\d{8,20}$/,
  tiktok: /^\d{15,20}$/,
};

export const isOrderId = (platform: Platform, id: string): boolean => ORDER_ID_PATTERNS[platform].test(id);

export const isMarketplace = (platform: Platform, code: string): boolean =>
  Object.hasOwn(RULEBOOKS[platform].marketplaces, code);

/** A moment that has happened (an order placed, a page read), give or take the clock slack. */
export const isPast = (ms: number, now: number): boolean => ms >= EARLIEST && ms <= now + CLOCK_SLACK_MS;

/** A promised date (ship by, deliver by): after 2000, within a year from now. */
export const isPromise = (ms: number, now: number): boolean => ms >= EARLIEST && ms <= now + LATEST_PROMISE_MS;
