// The records the store keeps, as the extension pages see them in replies and as the export file
// carries them (docs/export-format.md). Declared here, not in the store, so the UIs never import
// the store: the store persists these shapes, the UIs only read them.
import type { MetricSnapshot, OrderSeen, PageKind, Platform } from '../core/types';
import type { GuardSummary } from '../core/guard-view';

export interface OrderRecord extends OrderSeen {
  /** `${platform}:${id}`: order ids are unique per platform, not across them. */
  key: string;
  /** The reason the seller picked on the cancel page (value and label), for the cancellation event. */
  cancelReasonPicked?: { reason: string; at: number };
  /** Where and as what the order was first seen: its "order seen" event is made from these. */
  firstSourceUrl?: string;
  firstStatus?: string;
  firstSeenAt: number;
  lastSeenAt: number;
  sourceUrl: string;
}

export interface SnapshotRecord extends MetricSnapshot {
  id?: number;
  sourceUrl: string;
}

/** What the log records. Add new kinds at the end; never rename (exports carry them). */
export const EVENT_KINDS = [
  'order-seen',
  'status-changed',
  'cancellation',
  'cancel-request-seen',
  'refund',
  'return-requested',
  'dispute-opened',
  'address-changed',
  'draft-used',
  'advice-given',
  'advice-outcome',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const CANCEL_ROUTES = ['platform-request', 'message', 'seller'] as const;
export type CancelRoute = (typeof CANCEL_ROUTES)[number];

export interface EventRecord {
  /** Deterministic, so re-reading the same page writes nothing new. */
  id: string;
  kind: EventKind;
  platform: Platform;
  marketplace: string;
  orderKey: string;
  orderId: string;
  at: number;
  sourceUrl: string;
  /** For status changes: `unshipped→cancelled`. */
  detail?: string;
  /** For cancellations: whether it counts against the platform's rate, by the platform's rulebook. */
  counted?: boolean;
  /** For cancellations: the rulebook rule that decided `counted` (e.g. `etsy.no-rate`). */
  countRule?: string;
  orderedAt?: number;
  /** The buyer's name as the page showed it: repeat buyers are found by it (locally only). */
  buyer?: string;
  /** For advice: the situation the seller picked, and (in `detail`) the action advised first. */
  situation?: string;
  /** For cancellations: who started it, by which route, and the reason the seller picked if we saw it. */
  startedBy?: 'buyer' | 'seller';
  route?: CancelRoute;
  reasonCode?: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export const DRAFT_USES = ['inserted', 'copied'] as const;

export interface DraftUse {
  at: number;
  how: (typeof DRAFT_USES)[number];
  lang: string;
  text: string;
}

export interface DraftRecord {
  /** `${orderKey}|${action}`: one draft per order and action. */
  key: string;
  orderKey: string;
  action: string;
  templateId: string;
  lang: string;
  text: string;
  updatedAt: number;
  uses: DraftUse[];
}

/** The situation the seller picked for an order, remembered for the next time the popup opens. */
export interface ChoiceRecord {
  orderKey: string;
  situation: string;
  askedVia: string;
  updatedAt: number;
}

/** A template the seller wrote, for one platform, action and language. */
export interface CustomTemplate {
  id: string;
  platform: Platform;
  action: string;
  lang: string;
  title: string;
  text: string;
  updatedAt: number;
}

/** What each tab's content script last read and what the guard answered (kept by the background). */
export interface TabState {
  platform: Platform;
  marketplace: string;
  page: PageKind;
  url: string;
  read: 'ok' | 'failed';
  focusOrderId?: string;
  hasMessageBox?: boolean;
  /** A frame of the page holding the message box (eBay's message-buyer frame): where Insert goes. */
  messageFrame?: { frameId: number; orderId?: string };
  orderIds: string[];
  summary?: GuardSummary;
  at: number;
}

export const EXPORT_FORMAT = 'seller-guard-export';
export const EXPORT_VERSION = 1;

/** The export file (docs/export-format.md): every order, with its "order seen" among the events. */
export interface ExportData {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  orders: OrderRecord[];
  snapshots: Omit<SnapshotRecord, 'id'>[];
  events: EventRecord[];
  drafts: DraftRecord[];
  choices: ChoiceRecord[];
  templates: CustomTemplate[];
  settings: SettingRecord[];
}

export type StoreCounts = Record<'orders' | 'snapshots' | 'events', number>;
export type ImportCounts = Record<keyof Omit<ExportData, 'format' | 'version' | 'exportedAt'>, number>;
