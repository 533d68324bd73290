// The scenario table's building blocks: a situation in a few words, and a case that names the
// policy sentence it rests on (a rule of the platform and words its text states).
import { DEFAULT_POLICY, type ActionKind, type OrderFacts, type Situation } from '../../../src/core/advisor';
import type { Platform } from '../../../src/core/types';

export const NOW = Date.UTC(2026, 10, 21, 12);
export const DAY = 86_400_000;

export interface Case {
  name: string;
  s: Situation;
  /** The first action, or 'nothing' where the platform leaves nothing to do. */
  first: ActionKind | 'nothing';
  reasonCode?: string;
  /** The first action's why, where the case is about its wording. */
  why?: string;
  includes?: ActionKind[];
  excludes?: ActionKind[];
  firstEffect?: 'none' | 'counts';
  /** The policy sentence the case rests on; `cited: false` where the rule works by removing an action. */
  rests: { rule: string; says: string; cited?: false };
}

type Over = Partial<Omit<Situation, 'order'>> & { order?: Partial<OrderFacts> };

export function sit(platform: Platform, marketplace: string, over: Over = {}): Situation {
  const { order, ...rest } = over;
  return {
    platform,
    marketplace,
    now: NOW,
    askedVia: 'message',
    reason: 'changed-mind',
    policy: DEFAULT_POLICY,
    ...rest,
    order: { id: 'o-1', status: 'unshipped', fulfilment: 'merchant', orderedAt: NOW - DAY, ageDays: 1, ...order },
  };
}

/** A shipped order, days after its latest delivery estimate (negative: before it). */
export const shipped = (platform: Platform, marketplace: string, pastEstimate: number, over: Over = {}) =>
  sit(platform, marketplace, {
    ...over,
    order: {
      status: 'shipped',
      deliveryDatePassed: pastEstimate > 0,
      daysPastDeliveryDate: pastEstimate,
      ageDays: 10,
      ...over.order,
    },
  });

/** Delivered this many days ago. */
export const delivered = (platform: Platform, marketplace: string, days: number, over: Over = {}) =>
  sit(platform, marketplace, {
    ...over,
    order: {
      status: 'delivered',
      delivered: true,
      daysSinceDelivery: days,
      daysPastDeliveryDate: days,
      deliveryDatePassed: true,
      ageDays: days + 5,
      ...over.order,
    },
  });

export const CANCELLING: ActionKind[] = ['cancel', 'confirm-buyer-cancellation', 'ask-buyer-to-request-cancellation'];
