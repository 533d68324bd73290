// Shared domain vocabulary. Pure data shapes: no browser API, no DOM.

export const PLATFORMS = ['amazon', 'etsy', 'aliexpress', 'ebay', 'mercadolibre', 'tiktok'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const PAGE_KINDS = ['order-list', 'order-detail', 'account-health', 'messages', 'cancel'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** `none`: the platform publishes no such metric; `unknown`: not enough data to say. */
export const LEVELS = ['ok', 'near', 'over', 'unknown', 'none'] as const;
export type Level = (typeof LEVELS)[number];

export const ORDER_STATUSES = ['unpaid', 'unshipped', 'shipped', 'delivered', 'cancelled', 'unknown'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** `merchant`: the seller ships (counts towards Amazon's cancellation rate); `platform`: FBA and the like. */
export const FULFILMENTS = ['merchant', 'platform', 'unknown'] as const;
export type Fulfilment = (typeof FULFILMENTS)[number];

export interface OrderItem {
  title: string;
  quantity: number;
  sku?: string;
  asin?: string;
  /** Unit or line price as the page writes it, in the order's currency. */
  price?: number;
  currency?: string;
}

export interface BuyerCancelRequest {
  /** True when the buyer used the platform's own request flow (the only route that does not count). */
  viaPlatform: boolean;
  reason?: string;
  /** When the platform settles the request by itself unless the seller answers first (TikTok approves it). */
  answerBy?: number;
}

/** One order as read off a seller page. Times are epoch milliseconds. */
export interface OrderSeen {
  platform: Platform;
  marketplace: string;
  id: string;
  orderedAt?: number;
  buyerName?: string;
  buyerId?: string;
  items: OrderItem[];
  status: OrderStatus;
  fulfilment: Fulfilment;
  shipBy?: number;
  deliverBy?: number;
  buyerNote?: string;
  /** Order total in `currency`, where the page shows it. */
  total?: number;
  currency?: string;
  cancelRequest?: BuyerCancelRequest;
  /** Money sent back to the buyer, where the page shows it; `requested` while a refund is pending. */
  refund?: RefundState;
  /** The buyer opened a return. */
  returnRequested?: boolean;
  /** A dispute, case or claim about this order is open with the platform. */
  disputeOpen?: boolean;
  /** A short fingerprint of the ship-to address, never the address itself: it tells us the address changed. */
  addressHash?: string;
  /**
   * The platform's own word on whether this order counts against the seller's reputation (Mercado
   * Libre's per-sale "No afecta tu reputación"); absent when the page says nothing.
   */
  affectsReputation?: boolean;
  /** Whether the order carries a tracking number (so "share tracking" is possible); absent when unknown. */
  hasTracking?: boolean;
  /** When the order was delivered, where the page says (a delivered order is never intercepted). */
  deliveredAt?: number;
  /**
   * The buyer opened a request with the seller (eBay's return or not-received request, Mercado Libre's
   * claim, Etsy's help request, a TikTok return or refund request) that the platform has not stepped
   * into yet; `disputeOpen` is the case once it has.
   */
  requestOpen?: boolean;
  /** The platform will cancel the order by itself at this time unless the seller acts (TikTok's deadline). */
  autoCancelAt?: number;
}

/** What a recorded event can show: a cancellation that counted or not, advice followed or not. */
export const RECORD_OUTCOMES = ['counted', 'not-counted', 'followed', 'not-followed'] as const;
export type RecordOutcome = (typeof RECORD_OUTCOMES)[number];

export const REFUND_STATES = ['full', 'partial', 'requested'] as const;
export type RefundState = (typeof REFUND_STATES)[number];

export const METRIC_IDS = [
  'cancellation-rate',
  'late-shipment-rate',
  'valid-tracking-rate',
  'order-defect-rate',
  /** Mercado Libre: claims and mediations, beside "cancelled by you" and late handling. */
  'claims-rate',
  'mediation-rate',
  /** eBay: cases closed without seller resolution, guarded beside the transaction defect rate. */
  'cases-closed-rate',
  /** Etsy: orders with a case refunded from the seller's payment account (customer-service standard). */
  'case-rate',
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** The platform's own figure, e.g. Amazon Account Health "1.92% — 3 of 156 orders". */
export interface MetricSnapshot {
  platform: Platform;
  marketplace: string;
  metric: MetricId;
  ratePercent: number;
  counted?: number;
  total?: number;
  /** The window the page states; absent when the page states none (never assumed). */
  windowDays?: number;
  /** The limit the page itself states for the seller's current level, and for the next level up. */
  limitPercent?: number;
  nextLimitPercent?: number;
  /**
   * The seller's level as the platform names it when the figure was read (Mercado Libre: `green_gold`,
   * `yellow`…; eBay: "if we evaluated you today", what the figures give now).
   */
  level?: string;
  /** eBay: the level the seller holds until the next evaluation (the page's "Current seller level"). */
  heldLevel?: string;
  /** The platform's next evaluation as its page states it (eBay's "Next evaluation"). */
  nextEvaluationAt?: number;
  readAt: number;
}

interface ReadingBase {
  platform: Platform;
  marketplace: string;
  page: PageKind;
  url: string;
}

export interface PageReadingOk extends ReadingBase {
  ok: true;
  orders: OrderSeen[];
  metrics: MetricSnapshot[];
  /** On an order-detail or cancel page: the order in front of the seller. */
  focusOrderId?: string;
  /** Whether the page offers a message box a draft can be inserted into. */
  hasMessageBox?: boolean;
  /**
   * A conversation page's thread: `empty` when the platform lets the seller start only by picking a
   * reason (Mercado Libre), `blocked` when no message can be sent.
   */
  threadState?: ThreadState;
  /** The seller's standing as the page states it (Mercado Libre's reputation page), figures aside. */
  standing?: Standing;
}

export const THREAD_STATES = ['empty', 'open', 'blocked'] as const;
export type ThreadState = (typeof THREAD_STATES)[number];

export interface Standing {
  /** The platform's level code (`newbie` for a seller with no colour yet). */
  level?: string;
  /** Sales in the period the page measures. */
  sales?: number;
  periodDays?: number;
}

/**
 * Why a reader refused a page, as a code the banner words from the message catalogue (the seller sees
 * "couldn't read this page" and this why). Append only: stored readings and tests name these.
 */
export const READ_FAILURES = [
  'layout-unknown',
  'figure-missing',
  'figures-disagree',
  'status-unknown',
  'id-invalid',
  'order-mismatch',
  'rows-unreadable',
  'page-data-invalid',
  'reader-error',
  /** The page is still building itself (its figures or rows are not there yet): the guard waits, then says so. */
  'page-not-ready',
] as const;
export type ReadFailure = (typeof READ_FAILURES)[number];

export interface PageReadingFailed extends ReadingBase {
  ok: false;
  /** What went wrong, for the seller (through the catalogue). */
  code: ReadFailure;
  /** Developer-facing detail (selectors, counts): logged and put in layout reports, never shown as the why. */
  reason: string;
}

export type PageReading = PageReadingOk | PageReadingFailed;
