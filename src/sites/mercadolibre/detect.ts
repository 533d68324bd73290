// Mercado Libre seller page detectors, each followed by its test URLs. A page is recognised only with
// its own country's path words: /vendas…/reputacao in Brazil, /ventas…/reputacion elsewhere.
// Sources: seller-dom-wave2.md §2, seller-dom.md §7, policies.md §5.4 (id69793272916, id60511621062).
import { mercadoLibreMarketplaceOf } from './marketplaces';

/** Sale (order) ids: 16 digits starting 2000 today, 10 digits on older sales; pack ids are 16 digits. */
export const MERCADOLIBRE_SALE_ID = /^\d{10,16}$/;

/** Which path words this URL's country uses, or undefined off Mercado Libre. */
const wordsOf = (url: URL) => {
  const m = mercadoLibreMarketplaceOf(url);
  if (!m) return undefined;
  return m.portuguese
    ? { reputation: 'reputacao', sales: 'vendas', list: 'lista', detail: 'detalhe', chat: 'novo/mensagens' }
    : { reputation: 'reputacion', sales: 'ventas', list: 'listado', detail: 'detalle', chat: 'nueva/mensajeria' };
};

const matches = (url: URL, pattern: (w: NonNullable<ReturnType<typeof wordsOf>>) => RegExp): boolean => {
  const w = wordsOf(url);
  return w !== undefined && pattern(w).test(url.pathname);
};

export function isMercadoLibreReputation(url: URL): boolean {
  return matches(url, (w) => new RegExp(`^/${w.reputation}/?$`));
}
export const mercadoLibreReputationUrls = [
  'https://vendedores.mercadolivre.com.br/reputacao',
  'https://www.mercadolivre.com.br/reputacao?from=seller_menu',
  'https://www.mercadolibre.com.mx/reputacion?from=seller_menu',
  'https://vendedores.mercadolibre.com.ar/reputacion',
  'https://www.mercadolibre.com.co/reputacion/',
  'https://www.mercadolibre.cl/reputacion',
];

export function isMercadoLibreSalesList(url: URL): boolean {
  return matches(url, (w) => new RegExp(`^/${w.sales}/omni/${w.list}/?$`));
}
export const mercadoLibreSalesListUrls = [
  'https://vendedores.mercadolivre.com.br/vendas/omni/lista',
  'https://vendedores.mercadolivre.com.br/vendas/omni/lista?filters=&subFilters=&search=2000017788033354&limit=50&offset=0',
  'https://www.mercadolivre.com.br/vendas/omni/lista?filters=TAB_TODAY',
  'https://www.mercadolibre.com.mx/ventas/omni/listado',
  'https://www.mercadolibre.com.mx/ventas/omni/listado?filters=TAB_NEXT_DAYS&startPeriod=WITH_DATE_CLOSED_6M_OLD',
  'https://vendedores.mercadolibre.com.ar/ventas/omni/listado?sort=DATE_CLOSED_DESC',
  'https://www.mercadolibre.com.ve/ventas/omni/listado',
];

export function isMercadoLibreSaleDetail(url: URL): boolean {
  return matches(url, (w) => new RegExp(`^/${w.sales}/\\d{10,16}/${w.detail}/?$`));
}
export const mercadoLibreSaleDetailUrls = [
  'https://www.mercadolivre.com.br/vendas/2000017788033354/detalhe',
  'https://vendedores.mercadolivre.com.br/vendas/2000003508419013/detalhe?callbackUrl=%2Fvendas%2Fomni%2Flista',
  'https://www.mercadolibre.com.mx/ventas/2000003508419013/detalle',
  'https://www.mercadolibre.com.ar/ventas/2053577644/detalle',
];

export function isMercadoLibreMessages(url: URL): boolean {
  return matches(url, (w) => new RegExp(`^/${w.sales}/${w.chat}/\\d{10,16}/?$`));
}
export const mercadoLibreMessagesUrls = [
  'https://www.mercadolivre.com.br/vendas/novo/mensagens/2000017788033354',
  'https://vendedores.mercadolivre.com.br/vendas/novo/mensagens/2000000101334825',
  'https://vendedores.mercadolibre.com.mx/ventas/nueva/mensajeria/2000000101334825',
  'https://www.mercadolibre.com.ve/ventas/nueva/mensajeria/2000000101334825?source=list',
];

/** Mercado Libre URLs that are no page we read: every detector must say no. */
export const mercadoLibreOtherUrls = [
  'https://vendedores.mercadolivre.com.br/anuncios/lista',
  'https://vendedores.mercadolivre.com.br/resumo',
  'https://www.mercadolivre.com.br/metricas/atendimento/detalhes?selected_period=lastTwoMonths&reputation=true',
  'https://www.mercadolivre.com.br/vendas/omni/lista/api/channels/event-request',
  'https://www.mercadolivre.com.br/reputacion',
  'https://www.mercadolibre.com.mx/reputacao',
  'https://www.mercadolibre.com.mx/ventas/omni/lista',
  'https://www.mercadolibre.com.mx/ventas/2000003508419013/detalhe',
  'https://www.mercadolibre.com.mx/ventas/abc/detalle',
  'https://myaccount.mercadolibre.com.mx/shipping/inbounds',
  'https://articulo.mercadolibre.com.mx/MLM-123456789-producto',
  'https://www.mercadolibre.com/reputacion',
  'https://www.mercadolibre.com.mx.evil.example/reputacion',
  'http://www.mercadolibre.com.mx/reputacion',
];

/** The sale id of a sale-detail URL. */
export function mercadoLibreSaleIdFromUrl(url: URL): string | undefined {
  return isMercadoLibreSaleDetail(url) ? /\/(\d{10,16})\//.exec(url.pathname)?.[1] : undefined;
}

/** The pack id of a chat URL (the chat belongs to the pack, which may hold several sales). */
export function mercadoLibrePackIdFromUrl(url: URL): string | undefined {
  return isMercadoLibreMessages(url) ? /\/(\d{10,16})\/?$/.exec(url.pathname)?.[1] : undefined;
}
