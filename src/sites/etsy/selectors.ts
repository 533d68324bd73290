// Etsy shop-manager DOM hooks, used only when the embedded Etsy.Context is missing
// (seller-dom.md §4, Med/Low confidence).

export const ETSY = {
  /** Sold-orders list rows (bkteam); each carries a button with an `orderid` attribute. */
  listRow: '#browse-view .panel-body-row',
  rowOrderId: 'button[orderid]',
  /** The empty state of the sold-orders list. */
  emptyList: '#browse-view [data-empty-state], #browse-view .empty-state',
  /** Conversation composer in Etsy Messages and in the order's message panel. */
  messageBox: 'textarea[name="message"], textarea[data-convo-composer], .convo-composer textarea',
} as const;
