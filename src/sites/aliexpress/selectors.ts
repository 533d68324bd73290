// AliExpress seller centre hooks (seller-dom.md §5). CSS-module classes are `block--name--hash`:
// we match the stable `block--name` prefix only, never the hash.

export const NEW_LIST = {
  /** m_apps order list: each order is its own Fusion table row group. */
  order: 'table.next-table-row',
  orderId: '[class*="header--valueHighLight"]',
  /** Header values: the first is the order time. `--value--` excludes `--valueHighLight`. */
  headerValue: '[class*="header--value--"]',
  buyer: '[class*="buyerInfo--inline"]',
  itemTitle: '[class*="productInfo--itemTitle"]',
  skuValue: '[class*="productInfo--skuCodeValue"]',
  unitFee: '[class*="productInfo--unitFee"]',
  total: '[class*="amount--amount"]',
  status: '.chc-state-label__stateText',
  /** Fusion's empty-table state. */
  empty: '.next-table-empty',
} as const;

export const LEGACY_LIST = {
  /** "AE辅助" era list: one `.next-table-row` per order inside the table zone. */
  order: '.table-zone .next-table-row',
  orderId: '.tb-order-info a',
  buyer: '.dada-buyer-info a.buyer-name',
} as const;

export const DETAIL = {
  status: '.chc-state-label__stateText',
  itemTitle: '[class*="productInfo--itemTitle"]',
  /** Address lines; values stay masked with * until the seller clicks the eye. */
  addressItem: 'div[class*="orderInfo--addressItem"]',
  addressLabel: 'span[class*="addressLabel"]',
  addressValue: 'span[class*="addressValue"]',
  legacyItems: '.parent-tradeOrderItemsTable .next-table-row',
  messageBox: 'textarea[class*="message"], .im-editor textarea, textarea',
} as const;
