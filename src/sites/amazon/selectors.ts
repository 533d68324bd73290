// Every Amazon Seller Central selector we rely on, each with the page variant it serves
// (seller-dom.md §1–3). Stable hooks only: data-test-id attributes and #…-row ids, never
// positions. test/sites/amazon/selectors.test.ts proves each against the fixtures.

/** Manage Orders cells are `td[data-test-id=…]`; a row's cells are looked up once by these ids. */
export const CELL_IDS = {
  order: 'oth-order-details',
  date: 'oth-order-date',
  product: 'oth-product-info',
  option: 'oth-customer-option',
  status: 'oth-order-status',
} as const;

export const LIST = {
  /** Manage Orders (orders-v3) table; `#myo-table` is the legacy orders-v2 table we do not read. */
  table: 'table#orders-table',
  /** Heading "N orders" / "N Bestellungen" / "N件": present on the empty list too. */
  totalHeading: '.total-orders-heading',
  /** A data row is one that carries the order cell. */
  row: '#orders-table tbody tr',
  orderCell: `td[data-test-id="${CELL_IDS.order}"]`,
  /** The order id link inside the order cell (href /orders-v3/order/<id>). */
  orderLink: '.cell-body-title a',
  buyer: '[data-test-id="buyer-name-with-link"]',
  /** The date cell's body, inside the cell. */
  cellBody: '.cell-body',
  /** The relative first line ("2 days ago"); the absolute date follows it. */
  relativeDate: '.cell-body-title',
  /** One product per block when an order has several items; a single item has no wrapper. */
  productBlock: '.myo-list-orders-product-name-cell',
  /** The status text inside the status cell. */
  mainStatus: '.main-status',
  /** Buyer used "Request cancellation" (bkteam sync_order.js; Med confidence). */
  buyerCancel: '.buyer-requested-cancel',
  /**
   * The row's own bulk-action tick box: the first cell's checkbox (no public source names its class;
   * the row it sits in says which order it ticks, never an attribute on the box).
   */
  rowTick: 'td > input[type="checkbox"]',
} as const;

export const DETAIL = {
  orderId: '[data-test-id="order-id-value"]',
  purchaseDate: '[data-test-id="order-summary-purchase-date-value"]',
  shipBy: '[data-test-id="order-summary-shipby-value"]',
  deliverBy: '[data-test-id="order-summary-deliverby-value"]',
  fulfilment: '[data-test-id="order-summary-fulfillment-channel-value"]',
  /** Buyer name: the "Contact buyer" value, else the buyer link used on some layouts. */
  buyer: '[data-test-id="shipping-section-contact-buyer-value"], [data-test-id="buyer-name-with-link"]',
  itemsRow: 'table.a-keyvalue tbody tr',
  itemStatus: '[data-test-id="item-status-label"] .main-status',
  itemTitle: '.myo-list-orders-product-name-cell a',
  itemCodes: '.product-name-column-word-wrap-break-all',
  quantityHeading: 'th[data-test-id="item-quantity-heading"]',
  /** A heading with this class has no cell in the rows (real .co.jp markup, id26998474831). */
  hiddenColumnClass: 'hidden-table-cell',
  /** Ship-to block: name first, one span per line (only its fingerprint is kept). */
  address: '[data-test-id="shipping-section-buyer-address"]',
  /** The buyer-request banner (same class as on the list) or a Katal alert carrying its text. */
  buyerCancel: '.buyer-requested-cancel, kat-alert',
} as const;

/**
 * Account Health's metric rows as seller-dom.md §3 found them: hints that bound a metric's region
 * when present. The rows are found by their captions (health-labels.ts); a page without these ids
 * is read all the same.
 */
export const HEALTH = {
  cancellationRow: '#shipping-cancellation-rate-row',
  lateShipmentRow: '#shipping-late-shipment-rate-row',
  validTrackingRow: '#shipping-view-tracking-rate-row',
} as const;

export const MESSAGES = {
  /** The contact-buyer form's text area (messaging/contact). */
  box: 'textarea[name="message"], textarea#message, textarea',
} as const;
