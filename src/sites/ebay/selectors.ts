// Every eBay Seller Hub selector we rely on, each with the page variant it serves (README.md beside
// this file has the sources). Hooks only where sources agree on them; everything else is read by its
// label text (list-words.ts, detail-words.ts, performance-words.ts, cancel-words.ts).
// test/sites/ebay/selectors.test.ts proves each against the fixtures.

export const LIST = {
  /** Manage orders (/sh/ord/), every status filter: one row per order (Invsto, ZAYNDROP, id1264101537). */
  row: 'tr.order-info',
  /** The row's id carries the order number: `orderid_<id>__order-info`. */
  rowId: /^orderid_(.+)__order-info$/,
  /** The bulk checkbox the seller ticks, with `data-ordernumber` and `data-buyer-id` (Invsto). */
  checkbox: 'input[data-testid="order-checkbox"]',
  /** The order number's link to its detail page (id1264101537 `.order-details a`). */
  detailLink: '.order-details a',
  /** Display name then user id, one span each (Invsto). */
  buyerSpans: '.buyer-modal-trigger-wrapper button span',
  /** The listing title's link (Invsto, ZAYNDROP). */
  itemTitle: '.item-title a',
  /** "Ship by …", "Shipping overdue", and the cancel-request line under it (Invsto, id27247899713). */
  status: '.order-status',
  /** The order total in the Total column (UK script id55078847188, eBay Highlighter). */
  total: '.total-price',
  /** Column headings, found by their words (GLDN-Ops E-01: Actions, Order, Quantity, …, Date paid). */
  heading: 'thead th',
  /** The summary bar with "Results: a - b of N" (Invsto). */
  summary: '#gridSummary-wrapper-id',
} as const;

export const DETAIL = {
  /** The order page's layout (syndrax-sync id56022028910: `.sh-core-layout.vod-details`). */
  layout: '.vod-details',
  /** Order number, dates and buyer as label/value pairs (syndrax: `.order-info dl`). */
  info: '.order-info',
  /** One card per line item (syndrax: `#itemInfo .lineItemCard`). */
  itemCard: '#itemInfo .lineItemCard',
  itemTitle: '.details a',
  itemId: '.lineItemCardInfo__itemId',
  itemSku: '.lineItemCardInfo__sku',
  itemQuantity: '.quantity__value',
  itemPrice: '.soldPrice__value',
  /** The line item's total; one item's is the order's. */
  itemTotal: '.total__value',
  /** What the buyer paid in all (syndrax: `.buyer-paid .total dd span`). */
  buyerPaid: '.buyer-paid dd',
  /** "Ship by …" or "Shipped" (syndrax). */
  status: '.order-status',
  /** The tracking number, or the words that there is none (syndrax: `.tracking-info`). */
  tracking: '.tracking-info',
  /** Ship-to lines, each in a tooltip host (syndrax: `.ship-to .address > div`, `.tooltip button`). */
  addressLine: '.ship-to .address button',
  /** eBay Skin's page notices (cancel requests, open requests and cases; their wording is ASSUMED). */
  notice: '.page-notice',
} as const;

export const CANCELS = {
  /** One cancellation request in Seller Hub's list (markup ASSUMED: only its words are known). */
  request: '.cancel-request',
} as const;

export const MESSAGE = {
  /** The compose box of the message-buyer iframe (ZAYNDROP id55275152630: "a textarea"). */
  box: 'textarea:not([readonly]):not([disabled])',
} as const;
