// Mercado Libre's sales list builds its cards from its own "bricks" answer to
// POST …/omni/lista/api/channels/event-request (Brazil; /ventas/omni/listado/… elsewhere),
// seller-dom-wave2.md §2.3. The observer copies that answer as the page receives it: it never
// sends, repeats or changes the request (which carries the page's CSRF token).
export const SALES_BRICKS_PATH = /^\/(?:vendas\/omni\/lista|ventas\/omni\/listado)\/api\/channels\/event-request\/?$/;

/** Where the observer must run on Mercado Libre: the sales list, in both countries' words. */
export const MERCADOLIBRE_PAGE_WORLD_PATHS: readonly string[] = ['/vendas/omni/lista*', '/ventas/omni/listado*'];
