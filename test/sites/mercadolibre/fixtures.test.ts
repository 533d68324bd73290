// The Mercado Libre fixtures themselves: each parses, is served at a URL its page detector accepts, its
// embedded state cuts out as JSON, and it contains what its expected reading claims. Checks of the
// fixtures, not of readers (none exist yet).
import { describe, expect, it } from 'vitest';
import { MERCADOLIBRE_PAGE_URLS } from '../../../src/sites/mercadolibre/page-urls';
import { MERCADOLIBRE_FIXTURES } from '../../fixtures/mercadolibre';
import { fixtureLoader, laterText, servedText } from '../../helpers/platform-fixtures';

/** `_n.ctx.r={...}` cut out by brace matching, as a reader must (what follows is not JSON). */
function nordicState(doc: Document): { appProps: { pageProps: Record<string, unknown> } } | undefined {
  const text = doc.getElementById('__NORDIC_RENDERING_CTX__')?.textContent ?? '';
  const start = text.indexOf('{', text.indexOf('_n.ctx.r='));
  if (start < 0 || !text.includes('_n.ctx.r=')) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) inString = !(c === '"' && text[i - 1] !== '\\');
    else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1));
  }
  return undefined;
}

const load = fixtureLoader();

describe('Mercado Libre fixtures', () => {
  it('have unique names', () => {
    expect(new Set(MERCADOLIBRE_FIXTURES.map((f) => f.name)).size).toBe(MERCADOLIBRE_FIXTURES.length);
  });

  it.each(MERCADOLIBRE_FIXTURES)('$name is served at a URL its page detector accepts, in its language', (f) => {
    const type = MERCADOLIBRE_PAGE_URLS.find((p) => p.page === f.page);
    expect(type!.detect(new URL(f.url)), f.url).toBe(true);
    expect(load(f).doc.documentElement.getAttribute('lang')).toBe(f.lang);
  });

  it.each(MERCADOLIBRE_FIXTURES.filter((f) => f.late))('$name fetches its JSON, and its cards come only then', (f) => {
    const { doc, html } = load(f);
    for (const path of Object.keys(f.json ?? {})) expect(html).toContain(JSON.stringify(path));
    const e = f.expected;
    if (e.kind !== 'sales') throw new Error('late fixtures are sales lists');
    const body = JSON.stringify(Object.values(f.json!)[0]!.body);
    for (const s of e.sales) {
      expect(body).toContain(`row-${s.packId}_${s.orderId}`);
      expect(servedText(doc)).not.toContain(s.packId);
      expect(laterText(doc)).toContain(s.packId);
    }
  });

  it.each(MERCADOLIBRE_FIXTURES)('$name contains what its expected reading claims', (f) => {
    const { doc, html } = load(f);
    const text = f.late ? laterText(doc) : servedText(doc);
    const e = f.expected;
    const state = nordicState(doc)?.appProps.pageProps;
    switch (e.kind) {
      case 'reputation': {
        const vars = (state?.variablesData as { variables: Record<string, unknown>[] } | undefined)?.variables;
        if (vars) {
          expect(vars.map((v) => v.percentage)).toEqual(e.metrics.map((m) => m.ratePercent));
          expect(vars.map((v) => v.quantity)).toEqual(e.metrics.map((m) => m.count));
          expect(vars.map((v) => (v.thresholds as { quality: { percentage: number } }).quality.percentage)).toEqual(
            e.metrics.map((m) => m.limitPercent),
          );
          expect(JSON.stringify(state)).toContain(`"level":"${e.level}"`);
        } else {
          // Mexico writes 0.49%, Argentina 1,25%: the page's own number format.
          const shown = (n: number) => `${String(n).replace('.', f.lang === 'es-MX' ? '.' : ',')}%`;
          for (const m of e.metrics) {
            expect(text).toContain(`${shown(m.ratePercent!)}Son ${m.count} de tus ventas`);
            expect(text).toContain(`del ${shown(m.limitPercent!)} permitido`);
          }
        }
        break;
      }
      case 'sales':
        expect((html.match(/id="row-\d+_\d+"/g) ?? []).length).toBe(e.sales.length);
        for (const s of e.sales) {
          if (!f.late) expect(doc.getElementById(`row-${s.packId}_${s.orderId}`), s.orderId).not.toBeNull();
          for (const t of [s.headline, s.buyerName!, s.buyerNickname!, s.items[0]!.title]) expect(text).toContain(t);
        }
        if (!f.late) {
          const indicators = e.sales.filter((s) => s.affectsReputation !== null).length;
          expect(doc.querySelectorAll('.left-column__reputation-container')).toHaveLength(indicators);
        }
        for (const t of e.tasks ?? [])
          expect(doc.querySelector(`#${t.id} .sc-card-task__count`)?.textContent).toBe(String(t.count));
        expect(doc.querySelector('.sc-list script, .sc-list img[onerror]')).toBeNull();
        break;
      case 'sale-detail': {
        const rows = state?.response as Record<string, { subTotal: string }> | undefined;
        if (rows)
          expect(Object.keys(rows).sort()).toEqual([
            'account_rows-CHARGES',
            'account_rows-PRODUCT',
            'account_rows-SHIPMENT',
            'account_rows-TOTAL',
          ]);
        else
          for (const label of ['Precio del producto', 'Cargos por venta', 'Envíos', 'Total'])
            expect(text).toContain(label);
        expect(text).toContain(e.orderId);
        break;
      }
      case 'chat':
        expect(doc.querySelectorAll('textarea')).toHaveLength(e.box ? 1 : 0);
        if (e.box) expect(doc.querySelector('#messageInputSubmit')?.hasAttribute('disabled')).toBe(true);
        expect(doc.querySelectorAll('input[type=file]').length).toBe(e.box ? 2 : 1);
        expect(doc.querySelector('.messages a')).toBeNull();
        break;
      case 'refuse':
        expect(state).toBeDefined();
        expect(state!.variablesData).toBeUndefined();
        break;
    }
  });
});
