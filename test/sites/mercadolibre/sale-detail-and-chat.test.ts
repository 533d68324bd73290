// A sale's detail page (its money block from the state, then the labels) and its chat (the box found
// again after each send, an empty thread's reason picker, a blocked thread).
import { describe, expect, it } from 'vitest';
import { chatBox, readMercadoLibreChat } from '../../../src/sites/mercadolibre/read-chat';
import { readMercadoLibreSaleDetail } from '../../../src/sites/mercadolibre/read-sale-detail';
import {
  addingUp,
  amountsFromState,
  amountsFromText,
  signedAmount,
} from '../../../src/sites/mercadolibre/sale-amounts';
import { nordicPageProps } from '../../../src/sites/mercadolibre/nordic-state';
import { mercadoLibreFixture } from '../../fixtures/mercadolibre';
import { chatHtml } from '../../fixtures/mercadolibre/sale-pages';
import { ok, parse } from '../../helpers/fixtures';

const fixtureDoc = (name: string) => parse(mercadoLibreFixture(name).html());
const urlOf = (name: string) => new URL(mercadoLibreFixture(name).url);

describe('Mercado Libre sale detail', () => {
  it.each(['sale-detail-br', 'sale-detail-mx'])(
    '%s: the money block as its table expects, from state or labels',
    (name) => {
      const e = mercadoLibreFixture(name).expected;
      if (e.kind !== 'sale-detail') throw new Error('a detail fixture');
      const doc = fixtureDoc(name);
      const props = nordicPageProps(doc);
      const found = typeof props === 'object' ? amountsFromState(props) : amountsFromText(doc.body);
      const amounts = addingUp(found === 'ambiguous' ? undefined : found);
      expect(amounts).toEqual(e.amounts);
    },
  );

  it('signs amounts whose minus stands before the currency', () => {
    expect([
      signedAmount('-R$ 80,38'),
      signedAmount('−$ 162.50'),
      signedAmount('$ 0'),
      signedAmount('R$ 1.399'),
    ]).toEqual([-80.38, -162.5, 0, 1399]);
  });

  it('refuses a page that heads another sale, rows that do not add up, and a page with no money block', () => {
    const other = mercadoLibreFixture('sale-detail-mx')
      .html()
      .replaceAll('Venta #2000009876500003', 'Venta #2000009876500009');
    expect(readMercadoLibreSaleDetail(parse(other), urlOf('sale-detail-mx'))).toMatchObject({ code: 'order-mismatch' });
    const sum = mercadoLibreFixture('sale-detail-mx').html().replace('$ 1,062.50', '$ 1,162.50');
    expect(readMercadoLibreSaleDetail(parse(sum), urlOf('sale-detail-mx'))).toMatchObject({ code: 'page-not-ready' });
    const state = mercadoLibreFixture('sale-detail-br')
      .html()
      .replace('<span>-R$ 80,38</span>', '<span>-R$ 81,38</span>');
    expect(readMercadoLibreSaleDetail(parse(state), urlOf('sale-detail-br'))).toMatchObject({
      code: 'figures-disagree',
    });
  });
});

describe('Mercado Libre chat', () => {
  const url = new URL('https://vendedores.mercadolibre.com.mx/ventas/nueva/mensajeria/2000009876500001');

  it('an open thread has the box; the reading names the sale the chat belongs to', () => {
    const r = ok(readMercadoLibreChat(parse(chatHtml('es-MX', 'open', 'hola')), url));
    expect(r).toMatchObject({ threadState: 'open', hasMessageBox: true, focusOrderId: '2000009876500001' });
  });

  it('an empty thread offers a reason picker and no box; a blocked one neither', () => {
    expect(ok(readMercadoLibreChat(parse(chatHtml('pt-BR', 'reason-picker', '')), url))).toMatchObject({
      threadState: 'empty',
      hasMessageBox: false,
    });
    expect(ok(readMercadoLibreChat(parse(chatHtml('es-MX', 'blocked', 'hola')), url)).threadState).toBe('blocked');
  });

  it('a chat still loading is not ready', () => {
    expect(
      readMercadoLibreChat(parse('<html><body><section class="messaging"></section></body></html>'), url),
    ).toMatchObject({ ok: false, code: 'page-not-ready' });
  });

  it('finds the box again after the page re-mounts it, and never a disabled or hidden one', () => {
    const doc = parse(chatHtml('es-MX', 'open', 'hola'));
    const first = chatBox(doc)!;
    const again = first.cloneNode(true) as HTMLTextAreaElement;
    first.replaceWith(again);
    expect(chatBox(doc)).toBe(again);
    again.disabled = true;
    expect(chatBox(doc)).toBeUndefined();
    again.disabled = false;
    again.closest('.message-input-box')!.setAttribute('hidden', '');
    expect(chatBox(doc)).toBeUndefined();
  });

  it('reads the box by its placeholder when it is outside its usual container', () => {
    const doc = parse(
      '<html><body><textarea placeholder="Escríbele al comprador" maxlength="350"></textarea></body></html>',
    );
    expect(chatBox(doc)?.maxLength).toBe(350);
  });
});
