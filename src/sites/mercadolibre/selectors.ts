// Every Mercado Libre selector we rely on, each with the page variant it serves (README.md here,
// seller-dom.md §7, seller-dom-wave2.md §2). Andes design-system classes and ids, never positions;
// test/sites/mercadolibre/selectors.test.ts proves each against the fixtures.

export const SALES = {
  /** The sales list (BR /vendas/omni/lista, ES /ventas/omni/listado): three public scripts agree. */
  list: '.sc-list.sc-list-marketplace',
  /** One card per sale (id12454486823 also sees `false andes-card--flat…` on it; not needed). */
  row: '.sc-row.sc-row-marketplace',
  /** "#2000…": the sale number the seller sees (the pack id, id69793272916). */
  packId: '.left-column__pack-id',
  /** "6 ago 11:21 hs": no year (id69793272916). */
  date: '.left-column__order-date',
  /** "Não afeta sua reputação" / "No afecta tu reputación"; other text there means the sale counts. */
  reputation: '.left-column__reputation-container',
  buyerName: '.buyer-name',
  /** The buyer's Mercado Libre user name. */
  buyerNickname: '.buyer-nickName',
  /** One per product in the card: its title, quantity and SKU inside. */
  product: '.description-container',
  productTitle: '.label.bold',
  quantity: '.sc-product-data__qty',
  sku: '.sc-product-data__sku-value',
  /**
   * A card's bulk-selection box. ASSUMED: the Andes checkbox of Mercado Libre's other seller lists
   * (the listings' "select all", id41239212959, id4316218614; the cart's per-item box, id69449953678);
   * the sales list's own box was never captured.
   */
  tick: 'input.andes-checkbox__input[type="checkbox"]',
  /** The seller's own note on the sale: seller-written, never a status (nor are names, titles, the reputation line). */
  note: '.row-notes',
  /** The empty list's fallback card (the bricks answer's `cards_fallback`; its markup ASSUMED). */
  empty: '.cards-fallback',
} as const;

export const CHAT = {
  /** The compose box of the post-sale chat (`.message-input-box` holds its file input, id60511621062). */
  box: '.message-input-box textarea',
  /** The Venezuelan chat's own placeholder, should the box move out of its container (id60511621062). */
  boxByPlaceholder: 'textarea[placeholder="Escríbele al comprador"]',
  /** An empty thread's reason picker ("Elige el motivo de tu mensaje"; markup ASSUMED, seller-dom-wave2.md §2.5). */
  reasonPicker: '.action-guide',
  /** A blocked conversation's notice (`blocked_by_time`, `blocked_by_buyer`; markup ASSUMED). */
  blocked: '.conversation-blocked',
} as const;
