// The sales the seller ticks in Mercado Libre's list, as the page type's `ticked` names them on each
// answered reading and each tick: only a card's own visible, enabled, checked box, and never a box
// that is not a card's.
import { describe, expect, it } from 'vitest';
import { readMercadoLibreSalesList } from '../../../src/sites/mercadolibre/read-sales-list';
import { tickedSaleIds } from '../../../src/sites/mercadolibre/ticked-sales';
import { salesListHtml, type Sale } from '../../fixtures/mercadolibre/sales-list-builder';
import { SALES_LABELS } from '../../fixtures/mercadolibre/sales-list-labels';
import { BR_SALES } from '../../fixtures/mercadolibre/sales-list-rows';
import { ok, parse } from '../../helpers/fixtures';

const URL_BR = new URL('https://vendedores.mercadolivre.com.br/vendas/omni/lista');
const NOW = Date.UTC(2026, 10, 20, 12);
const page = (sales: Sale[]) => parse(salesListHtml(sales, SALES_LABELS['pt-BR']));
const read = (doc: Document) => ok(readMercadoLibreSalesList(doc, URL_BR, undefined, NOW));
const boxOf = (doc: Document, sale: Sale) =>
  doc.querySelector<HTMLInputElement>(`#row-${sale.packId}_${sale.orderId} input.andes-checkbox__input`)!;
const [first, second, third] = BR_SALES as [Sale, Sale, Sale];

describe('Mercado Libre ticked sales', () => {
  it('nothing ticked: no ids on a tick check', () => {
    const doc = page(BR_SALES);
    expect(tickedSaleIds(doc)).toEqual([]);
  });

  it('the boxes the seller ticks, in the list order, by the sale number the card shows', () => {
    const doc = page(BR_SALES);
    boxOf(doc, third).checked = true;
    boxOf(doc, first).checked = true;
    expect(tickedSaleIds(doc)).toEqual([first.packId, third.packId]);
    boxOf(doc, first).checked = false;
    expect(tickedSaleIds(doc)).toEqual([third.packId]);
  });

  it("a box's screen-reader label is no word of the card: statuses and names read as before", () => {
    const plain = read(page(BR_SALES)).orders;
    const doc = page(BR_SALES.map((s) => ({ ...s, ticked: true })));
    expect(read(doc).orders).toEqual(plain);
  });

  it('a disabled, hidden or doubled box says nothing; nor does a box outside the cards', () => {
    const doc = page(BR_SALES);
    const disabled = boxOf(doc, first);
    disabled.checked = true;
    disabled.disabled = true;
    const hidden = boxOf(doc, second);
    hidden.checked = true;
    hidden.closest('.andes-checkbox')!.setAttribute('hidden', '');
    const doubled = boxOf(doc, third);
    doubled.checked = true;
    const wrapper = doubled.closest('.andes-checkbox')!;
    wrapper.after(wrapper.cloneNode(true));
    doc
      .querySelector('.sc-list')!
      .insertAdjacentHTML('beforebegin', '<input class="andes-checkbox__input" type="checkbox" checked>');
    expect(tickedSaleIds(doc)).toEqual([]);
  });

  it('a card whose number cannot be read is not named on a tick', () => {
    const doc = page([first]);
    boxOf(doc, first).checked = true;
    doc.querySelector('.left-column__pack-id')!.textContent = '#2000006123450001';
    expect(tickedSaleIds(doc)).toEqual([]);
  });
});
