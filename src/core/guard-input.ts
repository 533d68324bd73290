// What the guard reads, and the checks that keep bad figures from becoming wrong numbers.
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
}

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
  snapshot?: MetricSnapshot;
  orders: GuardOrder[];
  cancellations: GuardCancellation[];
  settings?: Partial<GuardSettings>;
}

export class GuardInputError extends Error {
  override name = 'GuardInputError';
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

/** Throws GuardInputError naming the first thing wrong with a platform snapshot. */
export function checkSnapshot(s: MetricSnapshot, now: number): void {
  if (
    typeof s.ratePercent !== 'number' ||
    !Number.isFinite(s.ratePercent) ||
    s.ratePercent < 0 ||
    s.ratePercent > 100
  ) {
    throw new GuardInputError(`rate ${String(s.ratePercent)} is not a percentage`);
  }
  if (s.counted !== undefined || s.total !== undefined) {
    if (!isCount(s.counted) || !isCount(s.total)) throw new GuardInputError('counts must be whole numbers ≥ 0');
    if (s.counted > s.total) throw new GuardInputError(`${s.counted} of ${s.total} is more than all orders`);
  }
  if (!isTime(s.readAt) || s.readAt > now + 60_000) throw new GuardInputError('snapshot has no valid read time');
}

export function checkSettings(settings: GuardSettings): void {
  const { warningMargin, thresholdPercent, windowDays } = settings;
  if (!(warningMargin > 0 && warningMargin <= 1)) throw new GuardInputError('warning margin must be between 0 and 1');
  if (thresholdPercent !== undefined && !(thresholdPercent > 0 && thresholdPercent <= 100)) {
    throw new GuardInputError('threshold override must be a percentage above 0');
  }
  if (windowDays !== undefined && !(Number.isInteger(windowDays) && windowDays > 0 && windowDays <= 400)) {
    throw new GuardInputError('window override must be whole days between 1 and 400');
  }
}

export { isTime };
