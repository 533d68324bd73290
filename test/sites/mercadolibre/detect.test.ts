import { describe, expect, it } from 'vitest';
import { mercadoLibrePackIdFromUrl, mercadoLibreSaleIdFromUrl } from '../../../src/sites/mercadolibre/detect';
import { mercadoLibreMarketplaceOf, ORIGINS } from '../../../src/sites/mercadolibre/marketplaces';
import { MERCADOLIBRE_PAGE_URLS } from '../../../src/sites/mercadolibre/page-urls';
import { itChecksDetectorsAllByAll } from '../ebay/detector-matrix';

const url = (s: string) => new URL(s);

describe('Mercado Libre page detectors', () => {
  itChecksDetectorsAllByAll('mercadolibre');

  it('every page URL is on one of the origins Mercado Libre will be granted', () => {
    for (const p of MERCADOLIBRE_PAGE_URLS) for (const u of p.urls) expect(ORIGINS[url(u).origin], u).toBeDefined();
  });
});

describe('Mercado Libre countries', () => {
  it.each([
    ['https://vendedores.mercadolivre.com.br/reputacao', 'BR', 'pt-BR', 'BRL'],
    ['https://www.mercadolivre.com.br/vendas/omni/lista', 'BR', 'pt-BR', 'BRL'],
    ['https://www.mercadolibre.com.mx/reputacion', 'MX', 'es-MX', 'MXN'],
    ['https://vendedores.mercadolibre.com.ar/reputacion', 'AR', 'es-AR', 'ARS'],
    ['https://www.mercadolibre.com.co/reputacion', 'CO', 'es-CO', 'COP'],
    ['https://www.mercadolibre.cl/reputacion', 'CL', 'es-CL', 'CLP'],
    ['https://www.mercadolibre.com.uy/reputacion', 'UY', 'es-UY', 'UYU'],
    ['https://www.mercadolibre.com.pe/reputacion', 'PE', 'es-PE', 'PEN'],
    ['https://www.mercadolibre.com.ve/ventas/omni/listado', 'VE', 'es-VE', 'VES'],
  ])('%s is %s in %s, %s', (u, code, language, currency) => {
    expect(mercadoLibreMarketplaceOf(url(u))).toMatchObject({ code, language, currency });
  });

  it('knows the seller hosts only: not the buyer sub-domains, not the bare domain, not http', () => {
    for (const u of [
      'https://mercadolivre.com.br/reputacao',
      'https://myaccount.mercadolibre.com.mx/',
      'https://articulo.mercadolibre.com.mx/MLM-1',
      'https://www.mercadolibre.com/',
      'http://www.mercadolibre.com.mx/reputacion',
      // National sites where no seller of ours works: no access asked for them.
      'https://www.mercadolibre.co.cr/reputacion',
      'https://vendedores.mercadolibre.com.ec/ventas/omni/listado',
    ])
      expect(mercadoLibreMarketplaceOf(url(u)), u).toBeUndefined();
  });

  it('ORIGINS has www. and vendedores. for each of the 8 countries with a seller centre', () => {
    expect(Object.keys(ORIGINS)).toHaveLength(16);
    expect(ORIGINS['https://vendedores.mercadolivre.com.br']).toBe('BR');
    expect(ORIGINS['https://www.mercadolibre.com.mx']).toBe('MX');
    expect(ORIGINS['https://vendedores.mercadolibre.cl']).toBe('CL');
  });
});

describe('Mercado Libre id extractors', () => {
  it('reads the sale id of a detail URL and the pack id of a chat URL', () => {
    expect(mercadoLibreSaleIdFromUrl(url('https://www.mercadolivre.com.br/vendas/2000017788033354/detalhe'))).toBe(
      '2000017788033354',
    );
    expect(mercadoLibreSaleIdFromUrl(url('https://www.mercadolibre.com.ar/ventas/2053577644/detalle'))).toBe(
      '2053577644',
    );
    expect(
      mercadoLibrePackIdFromUrl(url('https://vendedores.mercadolibre.com.mx/ventas/nueva/mensajeria/2000000101334825')),
    ).toBe('2000000101334825');
  });

  it('gives nothing for the other country words or for other pages', () => {
    expect(mercadoLibreSaleIdFromUrl(url('https://www.mercadolibre.com.mx/ventas/2000003508419013/detalhe'))).toBe(
      undefined,
    );
    expect(mercadoLibrePackIdFromUrl(url('https://www.mercadolivre.com.br/vendas/2000017788033354/detalhe'))).toBe(
      undefined,
    );
  });
});
