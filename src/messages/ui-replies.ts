// What the background answers each request of its own extension pages (popup, options, history).
// These replies are typed, not parsed on arrival: they come from our own background, which built
// them from data it validated on the way in, and parsing them would put every reply's schema into
// each page's bundle and delay the popup's first content. Requests, which cross from a page to
// the background that holds the data, are parsed (ui-to-background.ts).
import type { Action, ShopPolicy } from '../core/advisor/types';
import type { CancellationShare, RateSeries, reasonsBreakdown } from '../core/insight';
import type { RuleRef } from '../core/rulebooks/rule';
import type { Platform } from '../core/types';
import type {
  ChoiceRecord,
  CustomTemplate,
  DraftRecord,
  EventRecord,
  ExportData,
  ImportCounts,
  OrderRecord,
  StoreCounts,
  TabState,
} from './records';
import type { Refusal } from './refusal';
import type { Settings } from './settings';
import type { UiToBackgroundMessage } from './ui-to-background';

/** A rulebook's own values, shown beside the seller's overrides. */
export interface RulebookInfo {
  platform: string;
  name: string;
  checkedOn: string;
  /** Each marketplace's guarded limit with the rule it rests on (how sure, where read, when). */
  markets: {
    code: string;
    metric: {
      threshold: number;
      windowDays: number;
      /** Further windows measured beside it (Amazon India: 30 days beside 7). */
      alsoWindowDays?: number[];
      /** The longer window used under a volume (eBay: 12 months under 400 transactions). */
      longWindow?: { minOrders: number; days: number };
      rule: RuleRef;
    } | null;
  }[];
}

export interface HistoryAnswer {
  events: EventRecord[];
  /** Absent on the first, faster answer when the window is full; a second answer brings it. */
  total?: number;
  series: (RateSeries & { thresholdPercent?: number })[];
  /**
   * The figures over every cancellation, request, refund and dispute of the filter: with the answer
   * that brings the total. Reading them all costs more than the window at 100,000 events, so the
   * first answer leaves them out whenever a second one follows.
   */
  insight?: HistoryInsight;
}

export interface HistoryInsight {
  share: CancellationShare;
  reasons: ReturnType<typeof reasonsBreakdown>;
  repeatBuyers: [string, number][];
}

/** One platform's button on the welcome page: the seller page to open on each of its hosts. */
export interface PlatformChoice {
  platform: Platform;
  /** `figure`: the page with the platform's cancellation figure; `orders`: it publishes none. */
  kind: 'figure' | 'orders';
  /** One per seller host (a marketplace or region): what the picker shows, and the page's address. */
  choices: { label: string; url: string }[];
}

/** Each request type and what a successful answer carries besides `ok: true`. */
export interface UiReplies {
  'ui/tab-state': {
    state: TabState | null;
    order: OrderRecord | null;
    choice: ChoiceRecord | null;
    /** The marketplace's language (BCP 47): drafts start in it. */
    language: string;
    policy: ShopPolicy;
  };
  'ui/store-summary': { counts: StoreCounts };
  'ui/platform-choices': { platforms: PlatformChoice[] };
  'ui/clear-all': object;
  'ui/advise': { actions: Action[] };
  'ui/get-draft': { draft: DraftRecord | null };
  'ui/save-draft': { draft: DraftRecord };
  'ui/draft-used': object;
  'ui/insert-draft': { inserted: boolean };
  'ui/templates': { templates: CustomTemplate[] };
  'ui/save-template': { template: CustomTemplate };
  'ui/delete-template': object;
  'ui/history': HistoryAnswer;
  'ui/export': { data: ExportData; csv?: undefined } | { csv: string; data?: undefined };
  'ui/import': { added: ImportCounts };
  'ui/get-settings': { settings: Settings; rulebooks: RulebookInfo[] };
  'ui/save-settings': object;
}

export type UiRequest = UiToBackgroundMessage;
export type UiRequestType = UiRequest['type'];
/** Indexing by every request type makes a request without a declared reply a type error. */
export type UiAnswer<T extends UiRequestType> = { ok: true } & UiReplies[T];
export type UiReplyOf<R extends UiRequest> = UiAnswer<R['type']> | Refusal;
