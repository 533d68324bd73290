// What the guard reads, and the checks that keep bad figures from becoming wrong numbers.
import { said, type ParamValue, type Said } from './said';
import { PLATFORMS, type Fulfilment, type MetricSnapshot, type Platform } from './types';

export interface GuardOrder {
  id: string;
  orderedAt?: number;
  fulfilment: Fulfilment;
}

export interface GuardCancellation {
  orderId: string;
  cancelledAt: number;
  orderedAt?: number;
  /** Decided when the cancellation was recorded (see cancellation-counting.ts). */
  counted: boolean;
  /** Who bought, where known: eBay's levels count defects from different buyers. */
  buyer?: string;
}

/**
 * The platform's own figure, with what some pages state beside it: the level or colour the seller
 * is at (eBay's "if we evaluated you today", Mercado Libre's `green_gold`) and, where eBay shows it,
 * how many different buyers the counted defects came from.
 */
export type GuardSnapshot = MetricSnapshot & { level?: string; uniqueBuyers?: number };

export interface GuardSettings {
  /** Share of the threshold from which the level is `near` (0.8 = 80%). */
  warningMargin: number;
  thresholdPercent?: number;
  windowDays?: number;
}

export const DEFAULT_GUARD_SETTINGS: GuardSettings = { warningMargin: 0.8 };

export interface GuardInput {
  platform: string;
  marketplace: string;
  now: number;
  /** The platform's own figure for the guarded metric. */
  snapshot?: GuardSnapshot;
  /** Its figures for the metrics guarded beside it (eBay's cases closed, Mercado Libre's claims…). */
  otherSnapshots?: GuardSnapshot[];
  orders: GuardOrder[];
  cancellations: GuardCancellation[];
  settings?: Partial<GuardSettings>;
}

/** Bad input, said as a code (`input.…`) the banner words; the message is for developers. */
export class GuardInputError extends Error {
  override name = 'GuardInputError';
  readonly said: Said;
  constructor(code: string, params?: Record<string, ParamValue>) {
    super(params ? `${code} ${JSON.stringify(params)}` : code);
    this.said = said(`input.${code}`, params);
  }
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

/** Throws GuardInputError naming the first thing wrong with a platform snapshot. */
export function checkSnapshot(s: GuardSnapshot, now: number): void {
  if (
    typeof s.ratePercent !== 'number' ||
    !Number.isFinite(s.ratePercent) ||
    s.ratePercent < 0 ||
    s.ratePercent > 100
  ) {
    throw new GuardInputError('rate-not-percent', { rate: String(s.ratePercent) });
  }
  if (s.counted !== undefined || s.total !== undefined) {
    if (!isCount(s.counted) || !isCount(s.total)) throw new GuardInputError('counts-not-whole');
    if (s.counted > s.total) throw new GuardInputError('counted-over-total', { counted: s.counted, total: s.total });
  }
  if (s.uniqueBuyers !== undefined && !(isCount(s.uniqueBuyers) && s.uniqueBuyers <= (s.counted ?? Infinity)))
    throw new GuardInputError('buyers-over-counted');
  if (!isTime(s.readAt) || s.readAt > now + 60_000) throw new GuardInputError('snapshot-no-time');
}

export function checkSettings(settings: GuardSettings): void {
  const { warningMargin, thresholdPercent, windowDays } = settings;
  if (!(warningMargin > 0 && warningMargin <= 1)) throw new GuardInputError('margin-range');
  if (thresholdPercent !== undefined && !(thresholdPercent > 0 && thresholdPercent <= 100)) {
    throw new GuardInputError('threshold-range');
  }
  if (windowDays !== undefined && !(Number.isInteger(windowDays) && windowDays > 0 && windowDays <= 400)) {
    throw new GuardInputError('window-range');
  }
}

export { isTime };
