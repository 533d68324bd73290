// The sales list reader beyond its fixtures' expected readings: the per-sale reputation line, a list
// still being built, cards it cannot read, statuses only from the status line, and the sale dates.
import { describe, expect, it } from 'vitest';
import { readMercadoLibreSalesList } from '../../../src/sites/mercadolibre/read-sales-list';
import { saleCards } from '../../../src/sites/mercadolibre/sale-card';
import { parseSaleDate } from '../../../src/sites/mercadolibre/sale-date';
import { PageJsonLog } from '../../../src/sites/page-json';
import { mercadoLibreFixture } from '../../fixtures/mercadolibre';
import { salesBricks } from '../../fixtures/mercadolibre/sales-bricks';
import { EVENT_REQUEST_PATH, salesListHtml, type Sale } from '../../fixtures/mercadolibre/sales-list-builder';
import { SALES_LABELS } from '../../fixtures/mercadolibre/sales-list-labels';
import { BR_SALES, MX_SALES } from '../../fixtures/mercadolibre/sales-list-rows';
import { ok, parse } from '../../helpers/fixtures';

const URL_BR = new URL('https://vendedores.mercadolivre.com.br/vendas/omni/lista');
const URL_MX = new URL('https://www.mercadolibre.com.mx/ventas/omni/listado');
const NOW = Date.UTC(2026, 10, 20, 12);
const read = (doc: Document, json?: PageJsonLog) => readMercadoLibreSalesList(doc, URL_BR, json, NOW);
const page = (sales: Sale[]) => parse(salesListHtml(sales, SALES_LABELS['pt-BR']));
const one = (changes: Partial<Sale>) => ok(read(page([{ ...BR_SALES[0]!, ...changes }]))).orders[0]!;

function bricksLog(sales: Sale[]): PageJsonLog {
  const log = new PageJsonLog();
  const body = JSON.stringify(salesBricks(sales, [], `${sales.length} vendas`));
  log.add(`${URL_BR.origin}${EVENT_REQUEST_PATH['pt-BR']}\n${body}`, URL_BR.origin);
  return log;
}

describe('Mercado Libre sales list: which sales count against the reputation', () => {
  it('"Não afeta sua reputação" does not count; any other words there count; no line says nothing', () => {
    expect(one({ reputation: 'not-affect' }).affectsReputation).toBe(false);
    expect(one({ reputation: 'affects' }).affectsReputation).toBe(true);
    expect(one({ reputation: 'none' }).affectsReputation).toBeUndefined();
  });

  it('words beside the sentence do not turn it around', () => {
    const doc = page([BR_SALES[0]!]);
    doc
      .querySelector('.left-column__reputation-container')!
      .insertAdjacentHTML('beforeend', '<div>Entenda por quê</div>');
    expect(ok(read(doc)).orders[0]!.affectsReputation).toBe(false);
  });

  it('marks go on the card of the sale, found by the number it shows', () => {
    const doc = page(BR_SALES);
    const cards = saleCards(doc, new Set(['2000006123450003', '2000000000000000', 'row-x']));
    expect(cards.get('2000006123450003')?.id).toBe('row-2000006123450003_2000012345670004');
    expect([...cards.keys()]).toEqual(['2000006123450003']);
  });

  it('a card without a row id is found by its number; one whose id and number differ is never marked', () => {
    const doc = page(BR_SALES);
    const cardOf = (sale: string) => saleCards(doc, new Set([sale])).get(sale);
    const card = cardOf('2000006123450003')!;
    card.removeAttribute('id');
    expect(cardOf('2000006123450003')).toBe(card);
    card.id = 'row-2000000000000001_2000012345670004';
    expect(cardOf('2000000000000001')).toBeUndefined();
    expect(cardOf('2000006123450003')).toBeUndefined();
  });

  it('every sale of a list is found in one go, each on its own card', () => {
    const doc = page(BR_SALES);
    const numbers = [...doc.querySelectorAll('[id^="row-"]')].map((card) => /^row-(\d+)_/.exec(card.id)![1]!);
    const cards = saleCards(doc, new Set(numbers));
    expect(cards.size).toBe(new Set(numbers).size);
    for (const [sale, card] of cards) expect(card.id.startsWith(`row-${sale}_`)).toBe(true);
  });
});

describe('Mercado Libre sales list: reading only what the card says', () => {
  it('a status word in a title, a buyer name or a note is never the status', () => {
    const sale = one({ title: 'Cancelado', buyerName: 'Entregue', note: 'Venda cancelada', headline: 'A enviar' });
    expect(sale.status).toBe('unshipped');
  });

  it.each([
    ['Pronto para enviar', 'unshipped'],
    ['Listo para enviar', 'unshipped'],
    ['EM TRÂNSITO', 'shipped'],
    ['Entregado', 'delivered'],
    ['Venda cancelada', 'cancelled'],
    ['Cancelada.', 'cancelled'],
    ['Canceladas. Não enviar', 'unknown'],
  ] as const)('the headline "%s" is %s', (headline, status) => {
    expect(one({ headline }).status).toBe(status);
  });

  it('an unknown headline is an unknown status; a return headline says refund and return', () => {
    expect(one({ headline: 'Aguardando o comprador' }).status).toBe('unknown');
    expect(one({ headline: 'Devolução finalizada com reembolso para o comprador' })).toMatchObject({
      status: 'delivered',
      refund: 'full',
      returnRequested: true,
    });
  });

  it('refuses the list when a card shows another number than its id, or an unreadable quantity', () => {
    const doc = page(BR_SALES);
    doc.querySelector('.left-column__pack-id')!.textContent = '#2000006123450001';
    expect(read(doc)).toMatchObject({ ok: false, code: 'rows-unreadable' });
    const qty = page(BR_SALES);
    qty.querySelector('.sc-product-data__qty')!.textContent = 'várias';
    expect(read(qty)).toMatchObject({ ok: false, code: 'rows-unreadable' });
  });
});

describe('Mercado Libre sales list: empty, or still being built', () => {
  it('the empty fallback card is an empty list', () => {
    expect(ok(read(page([]))).orders).toEqual([]);
  });

  it("no cards yet while the page's own answer lists sales: not ready; once they are there: read", () => {
    const f = mercadoLibreFixture('sales-list-late');
    const doc = parse(f.html());
    const json = bricksLog(BR_SALES);
    expect(read(doc, json)).toMatchObject({ ok: false, code: 'page-not-ready' });
    const cards = doc.getElementById('cards') as HTMLTemplateElement;
    doc.querySelector('.sc-list')!.append(cards.content.cloneNode(true));
    expect(ok(read(doc, json)).orders.map((o) => o.id)).toEqual(BR_SALES.map((s) => s.packId));
  });

  it('no cards and an answer that says the list is empty: an empty list', () => {
    const doc = parse(mercadoLibreFixture('sales-list-late').html());
    expect(ok(read(doc, bricksLog([]))).orders).toEqual([]);
    expect(read(doc)).toMatchObject({ ok: false, code: 'page-not-ready' });
  });
});

describe('Mercado Libre sale dates', () => {
  it.each([
    ['18 nov 10:05 hs', Date.UTC(2026, 10, 18)],
    ['6 ago 11:21 hs', Date.UTC(2026, 7, 6)],
    ['19 dez 09:00 hs', Date.UTC(2025, 11, 19)],
    ['21 nov 08:00 hs', Date.UTC(2026, 10, 21)],
    ['3 mar 2025 10:00 hs', Date.UTC(2025, 2, 3)],
  ])('%s is %s (the year that puts it in the past)', (text, at) => {
    expect(parseSaleDate(text, 'BR', 'pt-BR', NOW)).toBe(at);
  });

  it('reads Spanish months and leaves anything else unread', () => {
    expect(parseSaleDate('25 dic 18:40 hs', 'MX', 'es-MX', NOW)).toBe(Date.UTC(2025, 11, 25));
    expect(parseSaleDate('ayer 10:00 hs', 'MX', 'es-MX', NOW)).toBeUndefined();
    expect(parseSaleDate('31 fev 10:00 hs', 'BR', 'pt-BR', NOW)).toBeUndefined();
  });
});

describe('Mercado Libre sales list: who ships the sale', () => {
  const mx = (changes: Partial<Sale>) => {
    const doc = parse(salesListHtml([{ ...MX_SALES[0]!, ...changes }], SALES_LABELS['es-MX']));
    return ok(readMercadoLibreSalesList(doc, URL_MX, undefined, NOW)).orders[0]!;
  };

  it('"Procesando en la bodega" is Mercado Libre\'s warehouse (Full); any other headline does not say', () => {
    expect(mx({}).fulfilment).toBe('platform');
    expect(mx({ headline: 'PROCESANDO EN LA BODEGA.' }).fulfilment).toBe('platform');
    expect(mx({ headline: 'En camino' }).fulfilment).toBe('unknown');
    expect(one({ headline: 'A enviar' }).fulfilment).toBe('unknown');
  });

  it('Brazil\'s "Processando no centro de distribuição" is the same warehouse: a Full sale still to ship', () => {
    for (const headline of ['Processando no centro de distribuição', 'PROCESSANDO NO CENTRO DE DISTRIBUIÇÃO.']) {
      expect(one({ headline }).fulfilment).toBe('platform');
      expect(one({ headline }).status).toBe('unshipped');
    }
    expect(one({ headline: 'A enviar', description: 'Processando no centro de distribuição' }).fulfilment).toBe(
      'unknown',
    );
    expect(one({ headline: 'Processando no centro de distribuição do vendedor' }).status).toBe('unknown');
  });

  it('the words inside a longer sentence, or outside the headline, are not the headline', () => {
    expect(mx({ headline: 'En camino', description: 'Procesando en la bodega' }).fulfilment).toBe('unknown');
    expect(mx({ headline: 'Procesando en la bodega de tu proveedor' }).status).toBe('unknown');
    expect(mx({ headline: 'Procesando en la bodega de tu proveedor' }).fulfilment).toBe('unknown');
    expect(mx({ note: 'Procesando en la bodega', headline: 'En camino' }).fulfilment).toBe('unknown');
  });
});
