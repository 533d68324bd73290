// The history's filters as the page holds them, and the request they make: shared by the page's
// start (main.tsx asks for the first screen before anything renders) and the filters (app.tsx).
import type { Platform, RecordOutcome } from '../core/types';
import type { UiReplyOf, UiRequest } from '../messages';
import type { EventKind } from '../messages/records';

export type HistoryRequest = Extract<UiRequest, { type: 'ui/history' }>;
export type HistoryReply = UiReplyOf<HistoryRequest>;

export interface Filter {
  platform: string;
  marketplace: string;
  from: string;
  to: string;
  kind: string;
  orderId: string;
  reason: string;
  outcome: string;
}

/** What the page opens on: everything, or one order's story when a link named it (`?order=`). */
export function initialFilter(search: string): Filter {
  return {
    platform: '',
    marketplace: '',
    from: '',
    to: '',
    kind: '',
    reason: '',
    outcome: '',
    orderId: new URLSearchParams(search).get('order') ?? '',
  };
}

export function toMessage(f: Filter, withTotal: boolean): HistoryRequest {
  const day = (s: string, end: boolean) => (s ? Date.parse(`${s}T00:00:00Z`) + (end ? 86_400_000 - 1 : 0) : undefined);
  // The selects offer only these values; the background checks them again.
  const request: HistoryRequest = {
    type: 'ui/history',
    platform: (f.platform || undefined) as Platform | undefined,
    marketplace: f.marketplace || undefined,
    from: day(f.from, false),
    to: day(f.to, true),
    kind: (f.kind || undefined) as EventKind | undefined,
    orderId: f.orderId || undefined,
    reason: f.reason || undefined,
    outcome: (f.outcome || undefined) as RecordOutcome | undefined,
    withTotal,
  };
  // Without the fields left empty: the message carries only what the seller filtered by.
  return Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)) as HistoryRequest;
}
