// TikTok Shop seller-centre hooks. Its styled-components classes (`sc-xxxx`) are generated and
// change between builds: never used. Each selector names the page variant it serves; each is proven
// by a fixture in test/sites/tiktok/selectors.test.ts.

export const LIST = {
  /** Every centre: one row per order carries the order's status code (US id67241345969, Brazil id70972444068). */
  orderRow: 'tr[data-log_order_status]',
  /** The order id as the row shows it (US `span[data-log_click_for=order_id_link]`, Brazil inside the detail link). */
  orderId: '.order_id_number',
  /** Brazil: the id's link to the order (`/order/detail?order_no=<id>`), checked against the shown id. */
  detailLink: 'a[href*="order_no="]',
  /** US: the items row's action cell names its order (`td[width="170"] [data-log_main_order_id]`, id33845889171). */
  rowOfOrder: '[data-log_main_order_id]',
  /**
   * US: buyer names (header row) and item titles (items row) in clamped text blocks (id33845889171):
   * never a status, a total or a SKU line.
   */
  clamped: '.line-clamp-2',
  /** Brazil: the buyer and product cells ("c***a", "1 item"), page data we do not read. */
  loggedClick: '[data-log_click_for]',
} as const;

export const DETAIL = {
  /** The order id the detail page shows (the same class as the list's; markup ASSUMED). */
  orderId: '.order_id_number',
} as const;

export const CHAT = {
  /** The customer-messages composer's send button (seller-vn, id71061397173). */
  sendButton: '#chat-input-send-button',
  /** The composer: the one editable sharing a parent with the send button (id71061397173). */
  editable: '[contenteditable="true"], textarea',
} as const;
